package io.netpoldojo.engine.model;

/**
 * An address outside the cluster (a load balancer, "the internet", a host). It has no labels and
 * no policies; only {@code ipBlock} peers can match it.
 */
public record External(String name, IpAddress ip) implements Endpoint {
    public static External of(String name, String ip) {
        return new External(name, IpAddress.of(ip));
    }

    @Override
    public String id() {
        return name;
    }
}
