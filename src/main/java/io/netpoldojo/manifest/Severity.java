package io.netpoldojo.manifest;

/** How bad a diagnostic is: an ERROR makes the load invalid; the others only inform. */
public enum Severity {
    ERROR, WARNING, NOTICE
}
