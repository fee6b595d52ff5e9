package io.netpoldojo.classroom;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The voting page on the network: a Jetty server bound to the one address the teacher picked
 * (never every interface), serving {@link PollHandler} for one {@link Room}. Its threads are
 * daemons of its own, so a fault or a slow phone here never reaches the stage's thread, and
 * {@link #stop()} ends every device's stream and frees the port.
 */
public final class ClassroomServer implements AutoCloseable {
    /** Tried first, so a room's address reads the same from one lesson to the next; any free port if taken. */
    public static final int PREFERRED_PORT = 8765;
    private static final System.Logger LOG = System.getLogger(ClassroomServer.class.getName());

    private final Server server;
    private final EventStreams streams;
    private final ScheduledExecutorService events;
    private final URI url;

    private ClassroomServer(Server server, EventStreams streams, ScheduledExecutorService events, URI url) {
        this.server = server;
        this.streams = streams;
        this.events = events;
        this.url = url;
    }

    /**
     * Starts serving {@code room} on {@code address}: on {@code port}, or on {@link #PREFERRED_PORT} and
     * then any free port when {@code port} is 0. Blocks while the socket opens, so call it off the
     * JavaFX thread.
     *
     * @throws IOException when the address cannot be bound (the interface went away, say)
     */
    public static ClassroomServer start(Room room, InetAddress address, int port, ServerLimits limits)
            throws IOException {
        if (port != 0) {
            return startOn(room, address, port, limits);
        }
        try {
            return startOn(room, address, PREFERRED_PORT, limits);
        } catch (IOException taken) {
            return startOn(room, address, 0, limits);
        }
    }

    private static ClassroomServer startOn(Room room, InetAddress address, int port, ServerLimits limits)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("classroom-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        // No graceful wait: phones keep idle connections open, and the streams are ended first (stop()).
        server.setStopTimeout(0);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        // A class taps "vote" within a second: with the JVM's default backlog of 50, the 51st phone's
        // connection would wait for the operating system's 1 s SYN retry.
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(EventStreams.HEARTBEAT_SECONDS * 3));
        server.addConnector(connector);
        ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "classroom-events");
            t.setDaemon(true);
            return t;
        });
        EventStreams streams = new EventStreams(room, events, limits.maxStreams());
        try {
            connector.open();
            int bound = connector.getLocalPort();
            String host = hostPart(address);
            Set<String> hosts = new LinkedHashSet<>();
            hosts.add(host + ":" + bound);
            if (address.isLoopbackAddress()) {
                hosts.add("localhost:" + bound);
            }
            PollHandler poll = new PollHandler(room, streams, bound, hosts, limits);
            server.setHandler(new DoSHandler(poll, DoSHandler.ID_FROM_REMOTE_ADDRESS,
                    new DoSHandler.LeakingBucketTrackerFactory(limits.requestsPerSecond()),
                    new DoSHandler.StatusRejectHandler(HttpStatus.TOO_MANY_REQUESTS_429), 10_000));
            server.start();
            return new ClassroomServer(server, streams, events, URI.create("http://" + host + ":" + bound + "/"));
        } catch (Exception e) {
            streams.closeAll();
            events.shutdownNow();
            try {
                server.stop();
            } catch (Exception ignored) {
                // Already failing; the first cause is the one to report.
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("the voting server could not start on " + address.getHostAddress() + ": " + e, e);
        }
    }

    /** The address students type: {@code http://192.168.1.20:8765/}. */
    public URI url() {
        return url;
    }

    /** Pages that are following the room live right now. */
    public int openStreams() {
        return streams.size();
    }

    /** Ends every device's stream, closes the port and stops the threads. Blocks for up to a second. */
    public void stop() {
        try {
            // The pages hear that the vote is over before their connections close.
            streams.closeAll().get(1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "some pages were not told the vote ended: {0}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the voting server did not stop cleanly", e);
        } finally {
            events.shutdownNow();
        }
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    private static String hostPart(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = text.indexOf('%');
            return "[" + (zone < 0 ? text : text.substring(0, zone)) + "]";
        }
        return text;
    }
}
