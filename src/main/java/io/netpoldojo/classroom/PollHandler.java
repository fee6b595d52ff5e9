package io.netpoldojo.classroom;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * The voting server's requests: the page's three files, and a small API a device uses to join
 * with the PIN, read the room, vote and follow updates. Nothing else is served, no path reaches a
 * file, and every input is checked before the room sees it.
 *
 * <pre>
 * GET  /  /app.js  /style.css   the page
 * GET  /api/state               the room as this device sees it (joined: false without a valid token)
 * POST /api/join     pin=NNNN   sets the device's token cookie
 * POST /api/vote     ballot=N&amp;choice=N
 * GET  /api/events              server-sent events: the device's view whenever it changes
 * GET  /api/diagram?theme=dark  the current question's diagram (SVG): without the answer until it is
 *                               revealed, then with the engine's verdicts; light unless dark is asked
 * </pre>
 */
final class PollHandler extends Handler.Abstract.NonBlocking {
    private static final System.Logger LOG = System.getLogger(PollHandler.class.getName());
    private static final Pattern PIN = Pattern.compile("[0-9]{4}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final int MAX_FORM_BYTES = 200;
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Room room;
    private final WebAssets assets = WebAssets.load();
    private final EventStreams streams;
    private final String cookieName;
    private final Set<String> hosts;
    private final RateLimiter pinFailures;
    private final RateLimiter joins;
    private final RateLimiter votes;

    /** @param hosts the Host headers this server answers to ({@code 192.168.1.20:8765}); others are refused */
    PollHandler(Room room, EventStreams streams, int port, Set<String> hosts, ServerLimits limits) {
        this.room = room;
        this.streams = streams;
        this.cookieName = "dojo_device_" + port;
        this.hosts = Set.copyOf(hosts);
        this.pinFailures = new RateLimiter(limits.pinFailures(), limits.pinFailuresPerMinute());
        this.joins = new RateLimiter(limits.joinsPerMinute(), limits.joinsPerMinute());
        this.votes = new RateLimiter(limits.voteBurst(), limits.votesPerMinute());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            route(request, response, callback);
        } catch (RuntimeException e) {
            // A fault here answers one request with 500; the server and the stage go on.
            LOG.log(System.Logger.Level.WARNING, "the voting server failed on " + request.getHttpURI().getPath(), e);
            json(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, DeviceJson.error("Something went wrong."));
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            // A page on another site that points a name at this address (DNS rebinding) is not this room.
            json(response, callback, HttpStatus.MISDIRECTED_REQUEST_421, DeviceJson.error("Unknown host."));
            return;
        }
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        if (path.startsWith("/api/")) {
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            api(method, path, request, response, callback);
            return;
        }
        Optional<WebAssets.Asset> asset = assets.get(path);
        if (asset.isEmpty()) {
            json(response, callback, HttpStatus.NOT_FOUND_404, DeviceJson.error("Not found."));
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            methodNotAllowed(response, callback, "GET");
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, asset.get().contentType());
            headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
            headers.put("Content-Security-Policy", PAGE_POLICY);
            response.setStatus(200);
            response.write(true, java.nio.ByteBuffer.wrap(method.equals("HEAD") ? new byte[0] : asset.get().bytes()),
                    callback);
        }
    }

    private void api(String method, String path, Request request, Response response, Callback callback) {
        String expected = switch (path) {
            case "/api/join", "/api/vote" -> "POST";
            case "/api/state", "/api/events", "/api/diagram" -> "GET";
            default -> null;
        };
        if (expected == null) {
            json(response, callback, HttpStatus.NOT_FOUND_404, DeviceJson.error("Not found."));
            return;
        }
        if (!method.equals(expected)) {
            methodNotAllowed(response, callback, expected);
            return;
        }
        if (expected.equals("POST") && !sameOrigin(request)) {
            json(response, callback, HttpStatus.FORBIDDEN_403, DeviceJson.error("Votes come from the voting page only."));
            return;
        }
        Optional<String> token = token(request);
        switch (path) {
            case "/api/join" -> form(request, response, callback, fields -> join(fields, token, request, response, callback));
            case "/api/vote" -> form(request, response, callback, fields -> vote(fields, token, response, callback));
            case "/api/state" -> json(response, callback, 200, token.map(t -> DeviceJson.of(room.viewFor(t)))
                    .orElse(DeviceJson.notJoined()));
            case "/api/events" -> events(token, request, response, callback);
            default -> diagram(token, request, response, callback);
        }
    }

    private void join(Fields fields, Optional<String> token, Request request, Response response, Callback callback) {
        String address = Request.getRemoteAddr(request);
        String pin = fields.getValue("pin");
        if (pin == null || !PIN.matcher(pin).matches()) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, DeviceJson.error("The PIN is four digits."));
            return;
        }
        if (token.isPresent() && Tokens.sameSecret(room.pin(), pin)) {
            // Already joined (a second tab, a reload): the same device, with its votes.
            json(response, callback, 200, DeviceJson.of(room.viewFor(token.get())));
            return;
        }
        if (!pinFailures.hasToken(address) || !joins.tryAcquire(address)) {
            tooMany(response, callback, "Too many tries from this device. Wait a minute, then try again.");
            return;
        }
        Room.Join join = room.join(pin, address);
        switch (join.refusal()) {
            case WRONG_PIN -> {
                pinFailures.tryAcquire(address);
                json(response, callback, HttpStatus.FORBIDDEN_403,
                        DeviceJson.error("That is not the room's PIN. Check the screen and try again."));
            }
            case ROOM_FULL -> json(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                    DeviceJson.error("The room is full."));
            case NONE -> {
                String newToken = join.token().orElseThrow();
                Response.addCookie(response, HttpCookie.build(cookieName, newToken).path("/").httpOnly(true)
                        .sameSite(HttpCookie.SameSite.STRICT).maxAge(12 * 3600).build());
                json(response, callback, 200, DeviceJson.of(room.viewFor(newToken)));
            }
        }
    }

    private void vote(Fields fields, Optional<String> token, Response response, Callback callback) {
        if (token.isEmpty()) {
            json(response, callback, HttpStatus.UNAUTHORIZED_401, DeviceJson.notJoined());
            return;
        }
        String ballot = fields.getValue("ballot");
        String choice = fields.getValue("choice");
        if (ballot == null || choice == null || !NUMBER.matcher(ballot).matches() || !NUMBER.matcher(choice).matches()
                || choice.length() > 2) {
            json(response, callback, HttpStatus.BAD_REQUEST_400, DeviceJson.error("A vote names a ballot and a choice."));
            return;
        }
        if (!votes.tryAcquire(token.get())) {
            tooMany(response, callback, "Too many votes from this device. Wait a moment.");
            return;
        }
        Room.Vote vote = room.vote(token.get(), Long.parseLong(ballot), Integer.parseInt(choice));
        switch (vote.outcome()) {
            case COUNTED -> {
                json(response, callback, 200, Json.object().put("choice", Integer.parseInt(choice))
                        .put("receipt", vote.receipt()).toString());
            }
            case UNKNOWN_DEVICE -> json(response, callback, HttpStatus.UNAUTHORIZED_401, DeviceJson.notJoined());
            case NOT_OPEN -> json(response, callback, HttpStatus.CONFLICT_409, DeviceJson.error("Voting on this"
                    + " question has closed."));
            case NO_SUCH_CHOICE -> json(response, callback, HttpStatus.BAD_REQUEST_400,
                    DeviceJson.error("There is no such choice."));
        }
    }

    private void events(Optional<String> token, Request request, Response response, Callback callback) {
        if (token.isEmpty()) {
            json(response, callback, HttpStatus.UNAUTHORIZED_401, DeviceJson.notJoined());
        } else if (!streams.open(token.get(), request, response, callback)) {
            json(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, DeviceJson.error("Too many open pages."));
        }
    }

    private void diagram(Optional<String> token, Request request, Response response, Callback callback) {
        Optional<DeviceView> view = token.map(room::viewFor);
        // The verdicts only once the room has revealed them; the question's own drawing before.
        Optional<PollDiagram> shown = view.flatMap(DeviceView::reveal).flatMap(Reveal::diagram)
                .or(() -> view.flatMap(DeviceView::poll).flatMap(Poll::diagram));
        String theme = Request.extractQueryParameters(request).getValue("theme");
        Optional<String> svg = shown.map(d -> d.in(theme));
        if (svg.isEmpty()) {
            json(response, callback, HttpStatus.NOT_FOUND_404, DeviceJson.error("No diagram."));
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "image/svg+xml; charset=utf-8");
        // Shown as an <img>, where an SVG runs no script; the policy says so again if opened directly.
        response.getHeaders().put("Content-Security-Policy", SVG_POLICY);
        response.setStatus(200);
        Content.Sink.write(response, true, svg.get(), callback);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The device's token from its cookie, if it names a device of this room. */
    private Optional<String> token(Request request) {
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie c : cookies) {
            if (c.getName().equals(cookieName) && Tokens.looksLikeToken(c.getValue()) && room.knows(c.getValue())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** A browser names the page's origin on a POST; it must be this server (no other site may vote). */
    private boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        return origin == null || hosts.stream().anyMatch(h -> origin.equalsIgnoreCase("http://" + h));
    }

    private void form(Request request, Response response, Callback callback, java.util.function.Consumer<Fields> then) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            json(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, DeviceJson.error("Send a form."));
            return;
        }
        if (request.getLength() > MAX_FORM_BYTES) {
            json(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, DeviceJson.error("Too long."));
            return;
        }
        // Our handling does not block (the room answers at once), so Jetty may call it on the reading thread.
        FormFields.onFields(request, StandardCharsets.UTF_8, 4, MAX_FORM_BYTES,
                Promise.Invocable.from(Invocable.InvocationType.NON_BLOCKING, (Fields fields, Throwable failure) -> {
                    if (failure != null) {
                        json(response, callback, HttpStatus.BAD_REQUEST_400,
                                DeviceJson.error("That form could not be read."));
                        return;
                    }
                    try {
                        then.accept(fields);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "the voting server failed on a form", e);
                        json(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                                DeviceJson.error("Something went wrong."));
                    }
                }));
    }

    private static void tooMany(Response response, Callback callback, String message) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
        json(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, DeviceJson.error(message));
    }

    private static void methodNotAllowed(Response response, Callback callback, String allowed) {
        response.getHeaders().put(new HttpField(HttpHeader.ALLOW, allowed));
        json(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, DeviceJson.error("Method not allowed."));
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
    }
}
