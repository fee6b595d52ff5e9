package io.netpoldojo.workspace;

import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Protocol;
import java.util.List;

/**
 * What the palette offers: the classic microservice pods with their usual {@code app} label and
 * container port, a blank pod, a namespace, and outside endpoints. IPs for outside endpoints come
 * from the documentation ranges (RFC 5737), so they never collide with a real address.
 */
public enum Preset {
    FRONTEND("frontend", "Frontend", "app=frontend", 80, "http"),
    BACKEND("backend", "Backend", "app=backend", 8080, "http"),
    MYSQL("mysql", "MySQL", "app=mysql", 3306, "mysql"),
    REDIS("redis", "Redis", "app=redis", 6379, "redis"),
    BLANK_POD("pod", "Blank pod", "", 0, ""),
    NAMESPACE("team", "Namespace", "", 0, ""),
    ALB("alb", "ALB / load balancer", "203.0.113.10", 0, ""),
    INTERNET("internet", "Internet", "198.51.100.7", 0, "");

    private final String baseName;
    private final String title;
    private final String detail;
    private final int port;
    private final String portName;

    Preset(String baseName, String title, String detail, int port, String portName) {
        this.baseName = baseName;
        this.title = title;
        this.detail = detail;
        this.port = port;
        this.portName = portName;
    }

    public String title() {
        return title;
    }

    public String baseName() {
        return baseName;
    }

    public boolean isPod() {
        return ordinal() <= BLANK_POD.ordinal();
    }

    public boolean isExternal() {
        return this == ALB || this == INTERNET;
    }

    /** One line for the palette tooltip: the label and port, or the address. */
    public String describe() {
        if (isExternal()) {
            return "Outside the cluster, at " + detail;
        }
        if (this == NAMESPACE) {
            return "A namespace zone; pods dropped inside it belong to it";
        }
        if (this == BLANK_POD) {
            return "A pod with no labels and no ports yet";
        }
        return detail + ", port " + port + "/TCP";
    }

    /** The endpoint this preset creates, named {@code name}, in {@code namespace} for pods. */
    public Endpoint create(String namespace, String name, IpAddress ip) {
        if (isExternal()) {
            return new External(name, IpAddress.of(detail));
        }
        if (!isPod()) {
            throw new IllegalStateException(this + " does not create an endpoint");
        }
        Labels labels = this == BLANK_POD ? Labels.of("app", name) : Labels.of("app", baseName);
        List<ContainerPort> ports = port == 0 ? List.of() : List.of(new ContainerPort(portName, port, Protocol.TCP));
        return new Pod(namespace, name, labels, ip, ports, "Pod");
    }
}
