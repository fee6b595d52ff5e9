package io.netpoldojo.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An immutable, key-sorted label map, so that printed output is stable from run to run. */
public record Labels(SortedMap<String, String> asMap) {
    public static final Labels NONE = new Labels(new TreeMap<>());

    public Labels {
        asMap = Collections.unmodifiableSortedMap(new TreeMap<>(asMap));
    }

    /** The maps compared, as a record's own equals does; by hand because this is a hash key. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Labels l && asMap.equals(l.asMap);
    }

    @Override
    public int hashCode() {
        return asMap.hashCode();
    }

    public static Labels of(Map<String, String> labels) {
        return new Labels(new TreeMap<>(labels));
    }

    public static Labels of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in key/value pairs");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Labels(map);
    }

    public boolean has(String key) {
        return asMap.containsKey(key);
    }

    /** The value for {@code key}, or null when the object lacks the key. */
    public String get(String key) {
        return asMap.get(key);
    }

    public boolean isEmpty() {
        return asMap.isEmpty();
    }

    public Labels with(String key, String value) {
        TreeMap<String, String> map = new TreeMap<>(asMap);
        map.put(key, value);
        return new Labels(map);
    }

    public Labels without(String key) {
        TreeMap<String, String> map = new TreeMap<>(asMap);
        map.remove(key);
        return new Labels(map);
    }

    /** {@code app=web,tier=front}, the form {@code kubectl get --show-labels} prints. */
    @Override
    public String toString() {
        return asMap.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
