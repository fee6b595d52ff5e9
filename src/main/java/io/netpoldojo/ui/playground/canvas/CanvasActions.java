package io.netpoldojo.ui.playground.canvas;

/** What the canvas's context menus ask for; the Playground answers with dialogs. */
public interface CanvasActions {
    void rename(String endpointId);

    void editLabels(String endpointId);

    void editPorts(String endpointId);

    void editAddress(String externalName);

    void editNamespaceLabels(String namespace);
}
