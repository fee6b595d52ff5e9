package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Endpoint;
import java.util.List;

/**
 * An endpoint and where its centre sits on the canvas. {@code images} keeps the container images
 * of a pod read from a file, so saving it again does not replace them (empty for new pods).
 */
public record PlacedEndpoint(Endpoint endpoint, Point at, List<String> images) {
    public PlacedEndpoint {
        images = List.copyOf(images);
    }

    public PlacedEndpoint(Endpoint endpoint, Point at) {
        this(endpoint, at, List.of());
    }

    public String id() {
        return endpoint.id();
    }

    public PlacedEndpoint at(Point to) {
        return new PlacedEndpoint(endpoint, to, images);
    }

    public PlacedEndpoint with(Endpoint changed) {
        return new PlacedEndpoint(changed, at, images);
    }
}
