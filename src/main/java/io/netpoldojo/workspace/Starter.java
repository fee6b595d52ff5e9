package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Namespace;

/**
 * The first-run scenario: the frontend, backend, mysql and redis microservices in the default
 * namespace with the ALB outside, no policies yet, so every arrow is open.
 */
public final class Starter {
    private Starter() {}

    public static Workspace microservices() {
        Workspace ws = Workspace.EMPTY.withZone(new NamespaceZone(Namespace.named("default"),
                new Rect(260, 60, 560, 420)));
        ws = add(ws, Preset.FRONTEND, "frontend", "10.244.1.10", new Point(380, 180));
        ws = add(ws, Preset.BACKEND, "backend", "10.244.1.11", new Point(660, 180));
        ws = add(ws, Preset.MYSQL, "mysql", "10.244.1.12", new Point(540, 380));
        ws = add(ws, Preset.REDIS, "redis", "10.244.1.13", new Point(720, 380));
        ws = ws.withEndpoint(new PlacedEndpoint(Preset.ALB.create("", "alb", null), new Point(100, 180)));
        return ws;
    }

    private static Workspace add(Workspace ws, Preset preset, String name, String ip, Point at) {
        return ws.withEndpoint(new PlacedEndpoint(preset.create("default", name, IpAddress.of(ip)), at));
    }
}
