package io.netpoldojo.classroom.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phone, as the voting page drives the server: the same requests, the same form bodies, and
 * the cookie the server sets, sent back as a browser would. Every call is asynchronous, so a few
 * threads drive hundreds of devices.
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

    /** An HTTP/1.1 client, as phones' browsers use for a plain http:// page. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
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
        long sent = System.nanoTime();
        return http.sendAsync(request("/api/state").GET().build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Reply(r.statusCode(), r.body(), sent, System.nanoTime()));
    }

    /**
     * Follows {@code GET /api/events}: {@code onEvent} gets each event's data and when it arrived.
     * The returned future completes when the stream ends.
     */
    public CompletableFuture<Integer> follow(EventHandler onEvent) {
        return http.sendAsync(request("/api/events").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Lines(onEvent))).thenApply(HttpResponse::statusCode);
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
        long sent = System.nanoTime();
        HttpRequest req = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            long received = System.nanoTime();
            keepCookie(r.headers().allValues("set-cookie"));
            return new Reply(r.statusCode(), r.body(), sent, received);
        });
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(java.time.Duration.ofSeconds(30));
        String c = cookie;
        if (!c.isEmpty()) {
            b.header("Cookie", c);
        }
        return b;
    }

    private void keepCookie(List<String> setCookies) {
        for (String header : setCookies) {
            Matcher m = SET_COOKIE.matcher(header);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
    }

    /** Splits the event stream into events, as EventSource does: data lines, then a blank line. */
    private static final class Lines implements Flow.Subscriber<String> {
        private final EventHandler onEvent;
        private final StringBuilder data = new StringBuilder();

        Lines(EventHandler onEvent) {
            this.onEvent = onEvent;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    onEvent.onEvent(data.toString(), System.nanoTime());
                    data.setLength(0);
                }
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // The stream ended with the connection; the caller's future says how.
        }

        @Override
        public void onComplete() {
            // Likewise.
        }
    }
}
