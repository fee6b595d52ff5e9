package io.netpoldojo.classroom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The devices' live updates, as server-sent events: one open response per page, written without
 * blocking. Each stream holds at most one message in flight and keeps only the newest one waiting,
 * so a slow phone gets the latest state late rather than a backlog, and never holds up the others.
 * The room is pushed to every stream when what a device shows changes (a question, a round, the
 * answer); a vote answers its own request and is not pushed. A comment every 15 s keeps idle networks
 * from dropping the connection and finds the ones that are gone.
 */
final class EventStreams {
    static final long HEARTBEAT_SECONDS = 15;
    private static final System.Logger LOG = System.getLogger(EventStreams.class.getName());
    private static final Message HEARTBEAT = Message.of(":\n\n", false);

    private final Room room;
    private final ScheduledExecutorService executor;
    private final int maxStreams;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Object> shownKey = new AtomicReference<>();
    private final java.util.function.Consumer<RoomSnapshot> listener = this::roomChanged;

    EventStreams(Room room, ScheduledExecutorService executor, int maxStreams) {
        this.room = room;
        this.executor = executor;
        this.maxStreams = maxStreams;
        executor.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        room.addListener(listener);
    }

    /** Opens a stream for the device with {@code token}; false when too many are open (the caller answers 503). */
    boolean open(String token, Request request, Response response, Callback callback) {
        if (streams.size() >= maxStreams) {
            return false;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Stream stream = new Stream(token, response, callback);
        streams.add(stream);
        request.addFailureListener(failure -> stream.close(failure));
        // A lost connection comes back on its own after 2 s; the first event is the whole state.
        String first = event(token);
        stream.lastState.set(first);
        stream.send("retry: 2000\n" + first);
        return true;
    }

    int size() {
        return streams.size();
    }

    /**
     * Ends every stream (the server is stopping): each page is told the vote is over.
     *
     * @return done when every stream has sent that, or failed to
     */
    CompletableFuture<Void> closeAll() {
        room.removeListener(listener);
        List<CompletableFuture<Void>> ends = new ArrayList<>();
        for (Stream s : streams) {
            s.finish();
            ends.add(s.ended);
        }
        return CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new));
    }

    private void roomChanged(RoomSnapshot snapshot) {
        // What a device shows; votes alone do not change it.
        Object key = java.util.List.of(snapshot.phase(), snapshot.poll().map(Poll::id).orElse(""), snapshot.round(),
                snapshot.reveal().isPresent());
        if (!Objects.equals(shownKey.getAndSet(key), key)) {
            executor.execute(this::broadcast);
        }
    }

    private void broadcast() {
        for (Stream s : streams) {
            s.sendState(event(s.token));
        }
    }

    private void heartbeat() {
        for (Stream s : streams) {
            s.offer(HEARTBEAT);
        }
    }

    private String event(String token) {
        String json = room.knows(token) ? DeviceJson.of(room.viewFor(token)) : DeviceJson.notJoined();
        return "data: " + json + "\n\n";
    }

    /** A message for one stream; the last one ends it. */
    private record Message(byte[] bytes, boolean last) {
        static Message of(String text, boolean last) {
            return new Message(text.getBytes(StandardCharsets.UTF_8), last);
        }
    }

    /** One page's open response. */
    private final class Stream {
        final String token;
        final Response response;
        final Callback done;
        final AtomicBoolean writing = new AtomicBoolean();
        final AtomicReference<Message> waiting = new AtomicReference<>();
        final AtomicBoolean closed = new AtomicBoolean();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        /** The last state this page was sent: a broadcast that would repeat it sends nothing. */
        final AtomicReference<String> lastState = new AtomicReference<>();

        Stream(String token, Response response, Callback request) {
            this.token = token;
            this.response = response;
            this.done = Callback.from(request, () -> ended.complete(null));
        }

        void send(String message) {
            offer(Message.of(message, false));
        }

        /**
         * Sends the page's state unless it is the one the page was last sent: a change the page
         * does not show (a join's broadcast that runs after the stream opened with the newer
         * state, say) is not sent again as a second, identical event.
         */
        void sendState(String state) {
            if (!state.equals(lastState.getAndSet(state))) {
                send(state);
            }
        }

        /** Waits behind a newer message, is replaced by one, and never replaces the last. */
        void offer(Message m) {
            if (closed.get()) {
                return;
            }
            if (m == HEARTBEAT && waiting.get() != null) {
                return;
            }
            waiting.getAndUpdate(old -> old != null && old.last() ? old : m);
            flush();
        }

        private void flush() {
            while (!closed.get() && waiting.get() != null && writing.compareAndSet(false, true)) {
                Message next = waiting.getAndSet(null);
                if (next == null) {
                    writing.set(false);
                    continue;
                }
                if (next.last()) {
                    closed.set(true);
                    streams.remove(this);
                    response.write(true, ByteBuffer.wrap(next.bytes()), done);
                    return;
                }
                response.write(false, ByteBuffer.wrap(next.bytes()), Callback.from(() -> {
                    writing.set(false);
                    flush();
                }, this::close));
                return;
            }
        }

        void close(Throwable why) {
            if (closed.compareAndSet(false, true)) {
                streams.remove(this);
                LOG.log(System.Logger.Level.DEBUG, "a device's stream closed: {0}", why.toString());
                done.failed(why);
            }
        }

        /** The server is stopping: tell the page, then end the response. */
        void finish() {
            offer(Message.of("data: " + DeviceJson.notJoined() + "\n\n", true));
        }
    }
}
