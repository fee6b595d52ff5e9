/**
 * The class vote on the teacher's screen: the join card (QR code, address, PIN), "N of M voted",
 * the histogram and the class report, small views bound to {@link io.netpoldojo.ui.classroom.ClassVoteModel}.
 * The model starts and stops the {@code classroom} server off the JavaFX thread and hands the
 * room's changes to it through a {@link io.netpoldojo.classroom.StageFeed}. May depend on
 * {@code classroom} and the rest of {@code ui}; Present hooks it onto its stage.
 */
package io.netpoldojo.ui.classroom;
