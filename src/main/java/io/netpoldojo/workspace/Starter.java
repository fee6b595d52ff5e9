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
                new Rect(220, 40, 520, 380)));
        ws = add(ws, Preset.FRONTEND, "frontend", "10.244.1.10", new Point(340, 150));
        ws = add(ws, Preset.BACKEND, "backend", "10.244.1.11", new Point(620, 150));
        ws = add(ws, Preset.MYSQL, "mysql", "10.244.1.12", new Point(340, 330));
        ws = add(ws, Preset.REDIS, "redis", "10.244.1.13", new Point(620, 330));
        ws = ws.withEndpoint(new PlacedEndpoint(Preset.ALB.create("", "alb", null), new Point(90, 150)));
        return ws;
    }

    private static Workspace add(Workspace ws, Preset preset, String name, String ip, Point at) {
        return ws.withEndpoint(new PlacedEndpoint(preset.create("default", name, IpAddress.of(ip)), at));
    }
}
