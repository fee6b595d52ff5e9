package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Pod;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints no v1 policy can tell apart. A policy sees a pod only through its namespace and
 * its labels (selectors), and an outside endpoint only through its address (ipBlock); so two pods
 * with the same labels in the same namespace, or two outside endpoints at one address, are one
 * class: whatever a policy allows one of them, it allows the other.
 */
final class EndpointClasses {
    private final List<Endpoint> endpoints;
    private final int[] classOf;
    private final List<BitSet> members = new ArrayList<>();

    EndpointClasses(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
        this.classOf = new int[endpoints.size()];
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < endpoints.size(); i++) {
            Integer c = byKey.computeIfAbsent(key(endpoints.get(i)), k -> {
                members.add(new BitSet());
                return members.size() - 1;
            });
            classOf[i] = c;
            members.get(c).set(i);
        }
    }

    private static String key(Endpoint e) {
        if (e instanceof Pod pod) {
            return "pod\u0000" + pod.namespace() + "\u0000" + pod.labels();
        }
        return "address\u0000" + e.ip();
    }

    int classOf(int endpoint) {
        return classOf[endpoint];
    }

    BitSet members(int classId) {
        return members.get(classId);
    }

    int count() {
        return members.size();
    }

    /** Why {@code a} and {@code b} look the same to every policy, as a clause. */
    static String sameness(Endpoint a, Endpoint b) {
        if (a instanceof Pod pa && b instanceof Pod) {
            String labels = pa.labels().isEmpty() ? "no labels" : "the same labels (" + pa.labels() + ")";
            return a.id() + " and " + b.id() + " have " + labels + " in namespace " + pa.namespace();
        }
        if (a instanceof External && b instanceof External) {
            return a.id() + " and " + b.id() + " share the address " + a.ip();
        }
        return a.id() + " and " + b.id() + " share the address " + a.ip();
    }
}
