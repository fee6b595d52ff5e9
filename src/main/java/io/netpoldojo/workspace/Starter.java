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
        // Drawn upright, the ALB above the namespace and the four pods two by two inside it: the
        // Playground's canvas, between the palette and the policies, is taller than it is wide, and a
        // drawing about 540 px across fits it at full size in a 1360x860 window (a 760-px-wide one
        // was shrunk to 72%, its card text to 8-10 px).
        Workspace ws = Workspace.EMPTY.withZone(new NamespaceZone(Namespace.named("default"),
                new Rect(20, 130, 496, 314)));
        ws = add(ws, Preset.FRONTEND, "frontend", "10.244.1.10", new Point(129, 215));
        ws = add(ws, Preset.BACKEND, "backend", "10.244.1.11", new Point(407, 215));
        ws = add(ws, Preset.MYSQL, "mysql", "10.244.1.12", new Point(129, 381));
        ws = add(ws, Preset.REDIS, "redis", "10.244.1.13", new Point(407, 381));
        ws = ws.withEndpoint(new PlacedEndpoint(Preset.ALB.create("", "alb", null), new Point(268, 60)));
        return ws;
    }

    private static Workspace add(Workspace ws, Preset preset, String name, String ip, Point at) {
        return ws.withEndpoint(new PlacedEndpoint(preset.create("default", name, IpAddress.of(ip)), at));
    }
}
