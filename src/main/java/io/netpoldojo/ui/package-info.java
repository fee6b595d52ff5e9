/**
 * The desktop application: its frame (window, navigation, menus, themes, help overlay) and the
 * places that plug into it. Views are built from plain nodes bound to small view-models; the
 * one {@link io.netpoldojo.ui.AppContext} built at start-up is handed down through constructors.
 * May depend on engine, manifest, content and userdata, never on cli.
 */
package io.netpoldojo.ui;
