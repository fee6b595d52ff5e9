package io.netpoldojo.engine.model;

import java.util.List;
import java.util.Optional;

/** One entry of a rule's {@code from} or {@code to}. */
public sealed interface PolicyPeer {

    /**
     * {@code podSelector} and/or {@code namespaceSelector}. With only a podSelector it selects pods
     * in the policy's own namespace; with only a namespaceSelector, all pods in the selected
     * namespaces; with both, the selected pods within the selected namespaces (an AND).
     */
    record Selector(Optional<LabelSelector> podSelector, Optional<LabelSelector> namespaceSelector)
            implements PolicyPeer {
        public Selector {
            if (podSelector.isEmpty() && namespaceSelector.isEmpty()) {
                throw new IllegalArgumentException("a selector peer needs a podSelector or a namespaceSelector");
            }
        }

        public static Selector pods(LabelSelector pods) {
            return new Selector(Optional.of(pods), Optional.empty());
        }

        public static Selector namespaces(LabelSelector namespaces) {
            return new Selector(Optional.empty(), Optional.of(namespaces));
        }

        public static Selector podsInNamespaces(LabelSelector pods, LabelSelector namespaces) {
            return new Selector(Optional.of(pods), Optional.of(namespaces));
        }

        @Override
        public String toString() {
            if (namespaceSelector.isEmpty()) {
                return "pods " + podSelector.get() + " in the policy's namespace";
            }
            String ns = "namespaces " + namespaceSelector.get();
            return podSelector.map(p -> "pods " + p + " in " + ns).orElse("all pods in " + ns);
        }
    }

    /** {@code ipBlock}: addresses in {@code cidr} and in none of the {@code except} blocks. */
    record IpBlock(Cidr cidr, List<Cidr> except) implements PolicyPeer {
        public IpBlock {
            except = List.copyOf(except);
        }

        public static IpBlock of(String cidr, String... except) {
            return new IpBlock(Cidr.of(cidr), java.util.Arrays.stream(except).map(Cidr::of).toList());
        }

        /** The components compared one by one, as a record's own equals does; by hand because this is a hash key. */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof IpBlock b && cidr.equals(b.cidr) && except.equals(b.except);
        }

        @Override
        public int hashCode() {
            return cidr.hashCode() * 31 + except.hashCode();
        }

        public boolean matches(IpAddress ip) {
            if (!cidr.contains(ip)) {
                return false;
            }
            for (Cidr e : except) {
                if (e.contains(ip)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return except.isEmpty() ? "ipBlock " + cidr
                    : "ipBlock " + cidr + " except " + except.stream().map(Cidr::toString).toList();
        }
    }
}
