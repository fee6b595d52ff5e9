package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.Endpoint;

/** An endpoint and where its centre sits on the canvas. */
public record PlacedEndpoint(Endpoint endpoint, Point at) {
    public String id() {
        return endpoint.id();
    }
}
