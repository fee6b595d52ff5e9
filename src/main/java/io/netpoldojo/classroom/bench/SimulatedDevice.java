package io.netpoldojo.classroom.bench;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One phone, as the voting page drives the server: the same requests, the same form bodies, and
 * the cookie the server sets, sent back as a browser would (each device keeps its own; the client
 * keeps none). Every call is asynchronous, so a few threads drive hundreds of devices.
 */
public final class SimulatedDevice {
    private static final Pattern SET_COOKIE = Pattern.compile("^(dojo_device_[0-9]+=[A-Za-z0-9_-]+)");

    private final HttpClient http;
    private final URI base;
    private volatile String cookie = "";

    /** An answer from the server: status and body, and when it came back. */
    public record Reply(int status, String body, long sentNanos, long receivedNanos) {
        public long nanos() {
            return receivedNanos - sentNanos;
        }
    }

    public SimulatedDevice(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /**
     * A started HTTP/1.1 client for {@code devices} phones: up to four connections each, as a browser
     * opens them for a page, its files and its event stream; no shared cookie store. Stop it when done.
     */
    public static HttpClient newHttpClient(int devices) {
        HttpClient client = new HttpClient();
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("simulated-phones");
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setMaxConnectionsPerDestination(4 * devices + 8);
        client.setMaxRequestsQueuedPerDestination(4 * devices + 64);
        client.setConnectTimeout(10_000);
        client.setIdleTimeout(120_000);
        client.setFollowRedirects(false);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("the simulated phones' HTTP client did not start: " + e, e);
        }
        return client;
    }

    /**
     * Loads the page as a browser does: {@code GET /}, then its script and stylesheet side by side
     * (on connections of their own, which the browser keeps for the page's later requests).
     */
    public CompletableFuture<Reply> loadPage() {
        return exchange(request("/").method(HttpMethod.GET)).thenCompose(page -> {
            CompletableFuture<Reply> script = exchange(request("/app.js").method(HttpMethod.GET));
            CompletableFuture<Reply> style = exchange(request("/style.css").method(HttpMethod.GET));
            return script.thenCombine(style, (a, b) -> a.status() != 200 ? a : b.status() != 200 ? b : page);
        });
    }

    /** {@code POST /api/join pin=...}; keeps the device cookie the server sets. */
    public CompletableFuture<Reply> join(String pin) {
        return post("/api/join", "pin=" + pin);
    }

    /** {@code POST /api/vote ballot=...&choice=...}. */
    public CompletableFuture<Reply> vote(long ballot, int choice) {
        return post("/api/vote", "ballot=" + ballot + "&choice=" + choice);
    }

    /** {@code GET /api/state}. */
    public CompletableFuture<Reply> state() {
        return exchange(request("/api/state").method(HttpMethod.GET));
    }

    /**
     * Follows {@code GET /api/events}: {@code onEvent} gets each event's data and when it arrived.
     * The returned future completes with the status when the stream ends, or fails with why.
     */
    public CompletableFuture<Integer> follow(EventHandler onEvent) {
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        Events events = new Events(onEvent);
        request("/api/events").method(HttpMethod.GET).headers(h -> h.put(HttpHeader.ACCEPT, "text/event-stream"))
                .idleTimeout(0, TimeUnit.MILLISECONDS).timeout(0, TimeUnit.MILLISECONDS)
                .onResponseContent((response, content) -> events.read(content))
                .send(result -> {
                    if (result.isFailed()) {
                        ended.completeExceptionally(result.getFailure());
                    } else {
                        ended.complete(result.getResponse().getStatus());
                    }
                });
        return ended;
    }

    /** Gets each server-sent event's data, with {@link System#nanoTime()} when it arrived. */
    @FunctionalInterface
    public interface EventHandler {
        void onEvent(String data, long receivedNanos);
    }

    public boolean joined() {
        return !cookie.isEmpty();
    }

    /** The {@code Cookie} header this device sends: its token, as the server set it. */
    public String cookieHeader() {
        return cookie;
    }

    // ---- reading the page's JSON: the few fields the page itself reads ------------------------------

    public static Optional<Long> ballot(String json) {
        return number(json, "ballot");
    }

    public static Optional<Long> choice(String json) {
        return number(json, "choice");
    }

    public static Optional<Long> receipt(String json) {
        return number(json, "receipt");
    }

    public static Optional<String> phase(String json) {
        Matcher m = Pattern.compile("\"phase\":\"([a-z]+)\"").matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Long> number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([0-9]+)").matcher(json);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    private CompletableFuture<Reply> post(String path, String form) {
        return exchange(request(path).method(HttpMethod.POST)
                .headers(h -> h.put(HttpHeader.ORIGIN, base.getScheme() + "://" + base.getAuthority()))
                .body(new StringRequestContent("application/x-www-form-urlencoded", form, StandardCharsets.UTF_8)));
    }

    private CompletableFuture<Reply> exchange(Request request) {
        long sent = System.nanoTime();
        return new CompletableResponseListener(request, 64 * 1024).send().thenApply((ContentResponse r) -> {
            long received = System.nanoTime();
            for (String header : r.getHeaders().getValuesList(HttpHeader.SET_COOKIE)) {
                Matcher m = SET_COOKIE.matcher(header);
                if (m.find()) {
                    cookie = m.group(1);
                }
            }
            return new Reply(r.getStatus(), r.getContentAsString(), sent, received);
        });
    }

    private Request request(String path) {
        Request r = http.newRequest(base.resolve(path)).timeout(30, TimeUnit.SECONDS);
        String c = cookie;
        if (!c.isEmpty()) {
            r.headers(h -> h.put(HttpHeader.COOKIE, c));
        }
        return r;
    }

    /** Splits the event stream into events, as EventSource does: data lines, then a blank line. */
    private static final class Events {
        private final EventHandler onEvent;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        private final StringBuilder data = new StringBuilder();

        Events(EventHandler onEvent) {
            this.onEvent = onEvent;
        }

        /** Content arrives in chunks that need not end at a line; UTF-8 is decoded per whole line. */
        void read(ByteBuffer content) {
            while (content.hasRemaining()) {
                byte b = content.get();
                if (b == '\n') {
                    endLine();
                } else if (b != '\r') {
                    line.write(b);
                }
            }
        }

        private void endLine() {
            String l = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (l.isEmpty()) {
                if (data.length() > 0) {
                    onEvent.onEvent(data.toString(), System.nanoTime());
                    data.setLength(0);
                }
            } else if (l.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(l.substring(l.startsWith("data: ") ? 6 : 5));
            }
        }
    }
}
