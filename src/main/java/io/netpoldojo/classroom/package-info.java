/**
 * Live class voting: a room with a PIN that phones join, rounds of votes on the stage's questions,
 * the class report, and the small web server that serves the voting page and nothing else. Plain
 * Java plus Jetty and ZXing: it may use nothing of the app's other packages, so the stage (in
 * {@code ui.classroom}), the CLI's load test and the tests drive the very same room and server.
 * {@link io.netpoldojo.classroom.Room} is the model; {@link io.netpoldojo.classroom.ClassroomServer}
 * puts it on the network.
 */
package io.netpoldojo.classroom;
