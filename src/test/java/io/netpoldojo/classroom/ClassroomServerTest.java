package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.bench.SimulatedDevice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The voting server over real HTTP on loopback: what it serves, what it refuses, and its live updates. */
class ClassroomServerTest {
    private static final Poll QUESTION = new Poll("q1", "Will <b>backend</b> reach redis?", List.of("Yes", "No"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final org.eclipse.jetty.client.HttpClient phones = SimulatedDevice.newHttpClient(8);
    private Room room;
    private ClassroomServer server;

    @BeforeEach
    void start() throws IOException {
        room = new Room(Tokens.secure());
        server = ClassroomServer.start(room, InetAddress.getLoopbackAddress(), 0, ServerLimits.CLASSROOM);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        phones.stop();
    }

    @Test
    void bindsOnlyTheAddressItWasGiven() {
        assertEquals("127.0.0.1", server.url().getHost());
        assertTrue(server.isRunning());
    }

    @Test
    void servesThePageWithAStrictContentPolicy() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Join the class vote"));
        String csp = page.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
        assertFalse(page.headers().firstValue("server").isPresent(), "no server version on the wire");
        assertEquals(200, get("/app.js", null).statusCode());
        assertEquals(200, get("/style.css", null).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.html", "/pom.xml", "/../../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/web/app.js",
            "/io/netpoldojo/classroom/web/app.js", "/content/demos/microservices.yaml", "/api/", "/api/report"})
    void servesNothingElse(String path) throws Exception {
        int status = rawStatus("GET " + path + " HTTP/1.1\r\nHost: " + server.url().getAuthority()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(status == 404 || status == 400, path + " answered " + status);
    }

    @Test
    void refusesAnotherHostName() throws Exception {
        assertEquals(421, rawStatus("GET / HTTP/1.1\r\nHost: evil.example:" + server.url().getPort()
                + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void joinVoteAndFollowTheRoom() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        assertEquals("{\"joined\":false}", phone.state().get().body());
        assertEquals(403, phone.join(wrongPin()).get().status());
        SimulatedDevice.Reply joined = phone.join(room.pin()).get();
        assertEquals(200, joined.status());
        assertEquals("{\"joined\":true,\"phase\":\"lobby\"}", joined.body());

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        phone.follow((data, at) -> events.add(data));
        assertEquals("{\"joined\":true,\"phase\":\"lobby\"}", events.poll(10, TimeUnit.SECONDS));
        room.ask(QUESTION);
        String asked = events.poll(10, TimeUnit.SECONDS);
        assertTrue(asked.contains("\"phase\":\"voting\""), asked);
        assertTrue(asked.contains("Will \\u003cb>backend\\u003c/b> reach redis?"), "escaped: " + asked);
        long ballot = SimulatedDevice.ballot(asked).orElseThrow();

        SimulatedDevice.Reply vote = phone.vote(ballot, 1).get();
        assertEquals(200, vote.status());
        assertEquals(List.of(0, 1), room.snapshot().counts());
        assertTrue(phone.state().get().body().contains("\"choice\":1"), "a reload finds its vote");

        room.reveal(new Reveal(1, "No: denied", List.of("redis is isolated for ingress.")));
        String revealed = events.poll(10, TimeUnit.SECONDS);
        assertTrue(revealed.contains("\"reveal\":{\"correct\":1,\"headline\":\"No: denied\""), revealed);
        assertEquals(409, phone.vote(ballot, 0).get().status(), "closed once revealed");
    }

    @Test
    void stoppingEndsTheStreamsAndFreesThePort() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        phone.join(room.pin()).get();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var ended = phone.follow((data, at) -> events.add(data));
        events.poll(10, TimeUnit.SECONDS);
        server.stop();
        assertEquals("{\"joined\":false}", events.poll(10, TimeUnit.SECONDS), "the page is told the vote is over");
        assertEquals(200, ended.get(10, TimeUnit.SECONDS));
        assertFalse(server.isRunning());
        try (java.net.ServerSocket again = new java.net.ServerSocket(server.url().getPort(), 50,
                InetAddress.getLoopbackAddress())) {
            assertTrue(again.isBound());
        }
    }

    @Test
    void wrongPinsFromOneAddressAreLimited() throws Exception {
        SimulatedDevice guesser = new SimulatedDevice(phones, server.url());
        for (int i = 0; i < ServerLimits.CLASSROOM.pinFailures(); i++) {
            assertEquals(403, guesser.join(wrongPin()).get().status());
        }
        SimulatedDevice.Reply limited = guesser.join(room.pin()).get();
        assertEquals(429, limited.status(), "even the right PIN waits once the guesses are spent");
        assertTrue(limited.body().contains("Wait a minute"), limited.body());
    }

    @Test
    void votesFromOneDeviceAreLimited() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        phone.join(room.pin()).get();
        room.ask(QUESTION);
        long ballot = SimulatedDevice.ballot(phone.state().get().body()).orElseThrow();
        int counted = 0;
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            int status = phone.vote(ballot, i % 2).get().status();
            counted += status == 200 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        assertEquals(ServerLimits.CLASSROOM.voteBurst(), counted);
        assertEquals(15 - counted, limited);
        assertEquals(1, room.snapshot().voted());
    }

    @Test
    void rejectsMalformedAndForeignInput() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        phone.join(room.pin()).get();
        room.ask(QUESTION);
        String cookie = cookieOf(phone);
        assertEquals(400, post("/api/join", "pin=12345", null, null).statusCode());
        assertEquals(400, post("/api/join", "pin=abcd", null, null).statusCode());
        assertEquals(400, post("/api/vote", "ballot=x&choice=1", cookie, null).statusCode());
        assertEquals(400, post("/api/vote", "ballot=1&choice=123", cookie, null).statusCode());
        assertEquals(401, post("/api/vote", "ballot=1&choice=1", null, null).statusCode());
        assertEquals(413, post("/api/vote", "ballot=1&choice=1&pad=" + "x".repeat(500), cookie, null).statusCode());
        assertEquals(403, post("/api/vote", "ballot=1&choice=1", cookie, "http://evil.example").statusCode());
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(server.url().resolve("/api/join"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, json.statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(server.url().resolve("/api/vote")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(0, room.snapshot().voted());
    }

    @Test
    void theDiagramIsServedAsAnImageWithoutScripts() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        phone.join(room.pin()).get();
        room.ask(new Poll("q2", "?", List.of("Yes", "No"), java.util.Optional.of(new PollDiagram(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" data-theme=\"light\"/>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" data-theme=\"dark\"/>"))));
        HttpResponse<String> svg = get("/api/diagram", cookieOf(phone));
        assertEquals(200, svg.statusCode());
        assertEquals("image/svg+xml; charset=utf-8", svg.headers().firstValue("content-type").orElse(""));
        assertTrue(svg.headers().firstValue("content-security-policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(svg.body().contains("data-theme=\"light\""), svg.body());
        assertTrue(get("/api/diagram?theme=dark", cookieOf(phone)).body().contains("data-theme=\"dark\""));
        assertEquals(404, get("/api/diagram", null).statusCode(), "only for devices in the room");
    }

    @Test
    void theVerdictsDrawingIsServedOnlyOnceTheAnswerIsRevealed() throws Exception {
        SimulatedDevice phone = new SimulatedDevice(phones, server.url());
        phone.join(room.pin()).get();
        PollDiagram question = new PollDiagram("<svg class=\"question\"/>", "<svg class=\"question dark\"/>");
        PollDiagram answer = new PollDiagram("<svg class=\"answer\"/>", "<svg class=\"answer dark\"/>");
        room.ask(new Poll("q3", "?", List.of("Yes", "No"), java.util.Optional.of(question)));
        Reveal reveal = new Reveal(0, "Yes", List.of("Because."), java.util.Optional.of(answer));
        assertEquals("<svg class=\"question\"/>", get("/api/diagram?shows=answer", cookieOf(phone)).body(),
                "before the reveal, even when the page asks for the answer");
        room.closeVoting();
        assertEquals("<svg class=\"question dark\"/>", get("/api/diagram?theme=dark", cookieOf(phone)).body());
        room.reveal(reveal);
        assertEquals("<svg class=\"answer dark\"/>", get("/api/diagram?theme=dark", cookieOf(phone)).body());
        room.hideAnswer();
        assertEquals("<svg class=\"question\"/>", get("/api/diagram", cookieOf(phone)).body(),
                "the teacher stepped back: the answer is taken back");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String wrongPin() {
        return room.pin().equals("1234") ? "4321" : "1234";
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookie, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookie the server set on {@code phone}, read back through a request that echoes nothing but status. */
    private static String cookieOf(SimulatedDevice phone) {
        return phone.cookieHeader();
    }

    /** Sends a request byte for byte (no client normalises the path or the Host header) and reads the status. */
    private int rawStatus(String request) throws IOException {
        URI url = server.url();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
