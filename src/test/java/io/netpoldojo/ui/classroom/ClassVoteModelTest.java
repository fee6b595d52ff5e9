package io.netpoldojo.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.Phase;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.ui.ImmediateTaskRunner;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The teacher's side of the vote, without a screen: the room's changes are delivered at once. */
class ClassVoteModelTest {
    private static final Poll QUESTION = new Poll("q1", "Will backend reach redis?", List.of("Yes", "No"));
    private ClassVoteModel model = new ClassVoteModel(new ImmediateTaskRunner(), Runnable::run, ClassVoteModel.SERVER);

    @AfterEach
    void stop() {
        model.stop();
    }

    @Test
    void startingPutsARoomOnTheAddressWithAPinAndAQrCode() {
        model.start(BindAddresses.loopback());
        assertEquals(ClassVoteModel.Status.ON, model.statusProperty().get());
        assertTrue(model.urlProperty().get().startsWith("http://127.0.0.1:"), model.urlProperty().get());
        assertTrue(model.qrProperty().get().isPresent());
        assertTrue(room().pin().matches("[0-9]{4}"));
        assertEquals(Phase.LOBBY, room().phase());
    }

    @Test
    void anAddressThatCannotBeBoundLeavesAMessageAndNothingElseChanges() throws Exception {
        // 192.0.2.1 is TEST-NET-1: documentation only, never an address of this machine.
        model.start(new BindAddresses.Choice("gone", InetAddress.getByName("192.0.2.1")));
        assertEquals(ClassVoteModel.Status.FAILED, model.statusProperty().get());
        assertTrue(model.problemProperty().get().startsWith("The class vote could not start on 192.0.2.1"),
                model.problemProperty().get());
        model.ask(QUESTION);
        model.showVotes();
        assertFalse(model.histogramShownProperty().get(), "no votes to show");
        model.start(BindAddresses.loopback());
        assertEquals(ClassVoteModel.Status.ON, model.statusProperty().get(), "and it can be tried again");
        assertEquals(Phase.VOTING, room().phase(), "the question on the stage is put to the class");
    }

    @Test
    void aFaultInTheVoteTurnsItOffWithAMessageAndFreesThePort() throws Exception {
        model.start(BindAddresses.loopback());
        URI url = URI.create(model.urlProperty().get());
        model.ask(QUESTION);
        model.reveal(new Reveal(5, "no such choice", List.of()));
        assertEquals(ClassVoteModel.Status.FAILED, model.statusProperty().get());
        assertTrue(model.problemProperty().get().startsWith("The class vote stopped after an error"));
        assertTrue(model.roomProperty().get().isEmpty());
        assertThrows(ConnectException.class, () -> new Socket(url.getHost(), url.getPort()).close());
    }

    @Test
    void stoppingClosesThePortAndForgetsTheRoom() throws Exception {
        model.start(BindAddresses.loopback());
        URI url = URI.create(model.urlProperty().get());
        model.stop();
        assertEquals(ClassVoteModel.Status.OFF, model.statusProperty().get());
        assertEquals("", model.urlProperty().get());
        assertTrue(model.report().isEmpty());
        assertThrows(ConnectException.class, () -> new Socket(url.getHost(), url.getPort()).close());
    }

    @Test
    void theVotesAreShownOnTheTeachersKeyAndHiddenForTheNextRoundOrQuestion() {
        model.start(BindAddresses.loopback());
        model.ask(QUESTION);
        assertFalse(model.histogramShownProperty().get());
        model.showVotes();
        assertTrue(model.histogramShownProperty().get());
        assertEquals(Phase.CLOSED, room().phase());
        model.secondRound();
        assertFalse(model.histogramShownProperty().get());
        assertEquals(2, room().round());
        model.showVotes();
        model.ask(new Poll("q2", "Next", List.of("A", "B")));
        assertFalse(model.histogramShownProperty().get());
    }

    @Test
    void startingTwiceKeepsOneRoom() throws IOException {
        model.start(BindAddresses.loopback());
        String pin = room().pin();
        model.start(BindAddresses.loopback());
        assertEquals(pin, room().pin());
    }

    private RoomSnapshot room() {
        return model.roomProperty().get().orElseThrow();
    }
}
