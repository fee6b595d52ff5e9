package io.netpoldojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.engine.model.Cidr;
import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Direction;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.NetworkPolicy;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.PolicyPeer;
import io.netpoldojo.engine.model.PolicyRule;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.model.Protocol;
import io.netpoldojo.engine.model.SelectorRequirement;
import io.netpoldojo.manifest.ObjectKey;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose equals or hashCode are written by hand (they are hash keys on the CLI's hot
 * path, where a record's generated ones cost method-handle calls) still mean what a record's own
 * mean: equal exactly when every component is equal, and equal records hash alike. Found by
 * reflection, so a component added later without updating equals fails here.
 */
class RecordEqualityTest {

    static Stream<Class<? extends Record>> handWritten() {
        return Stream.of(ObjectKey.class, IpAddress.class, Cidr.class, Port.class, Labels.class,
                LabelSelector.class, SelectorRequirement.class, PolicyPeer.IpBlock.class, Pod.class,
                NetworkPolicy.class);
    }

    @ParameterizedTest
    @MethodSource("handWritten")
    void equalExactlyWhenEveryComponentIsEqual(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<? extends Record> canonical = type.getDeclaredConstructor(
                Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] first = new Object[components.length];
        Object[] same = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            first[i] = sample(components[i].getGenericType(), 0);
            same[i] = sample(components[i].getGenericType(), 0); // equal, but not the same objects
        }
        Record a = canonical.newInstance(first);
        Record b = canonical.newInstance(same);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, null);
        assertNotEquals(a, "not a " + type.getSimpleName());
        for (int i = 0; i < components.length; i++) {
            Object[] other = first.clone();
            other[i] = sample(components[i].getGenericType(), 1);
            Record c = canonical.newInstance(other);
            assertNotEquals(a, c, type.getSimpleName() + " ignores its component " + components[i].getName());
            assertNotEquals(c, a, type.getSimpleName() + " ignores its component " + components[i].getName());
        }
        assertTrue(a.equals(a));
    }

    /** Two different values of each component type (0 and 1), each built fresh on every call. */
    private static Object sample(Type type, int which) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> list = new ArrayList<>();
            list.add(sample(p.getActualTypeArguments()[0], which));
            return list;
        }
        if (type == SortedMap.class || type instanceof ParameterizedType p && p.getRawType() == SortedMap.class) {
            return new TreeMap<>(Map.of("app", which == 0 ? "web" : "db"));
        }
        if (type == String.class) {
            return new String(which == 0 ? "web" : "db");
        }
        if (type == boolean.class) {
            return which == 1;
        }
        if (type == long.class) {
            return which == 0 ? 167772161L : 167772162L;
        }
        if (type == int.class) {
            return which == 0 ? 8 : 16;
        }
        if (type == Protocol.class) {
            return which == 0 ? Protocol.TCP : Protocol.UDP;
        }
        if (type == SelectorRequirement.Operator.class) {
            return which == 0 ? SelectorRequirement.Operator.IN : SelectorRequirement.Operator.NOT_IN;
        }
        if (type == IpAddress.class) {
            return IpAddress.of(which == 0 ? "10.0.0.1" : "10.0.0.2");
        }
        if (type == Cidr.class) {
            return Cidr.of(which == 0 ? "10.0.0.0/8" : "10.1.0.0/16");
        }
        if (type == Labels.class) {
            return Labels.of("app", which == 0 ? "web" : "db");
        }
        if (type == Direction.class) {
            return which == 0 ? Direction.INGRESS : Direction.EGRESS;
        }
        if (type == ContainerPort.class) {
            return new ContainerPort(which == 0 ? "http" : "web", 8080, Protocol.TCP);
        }
        if (type == LabelSelector.class) {
            return LabelSelector.matchLabels("app", which == 0 ? "web" : "db");
        }
        if (type == PolicyRule.class) {
            return new PolicyRule(List.of(new PolicyPeer.IpBlock(Cidr.of(which == 0 ? "10.0.0.0/8" : "10.1.0.0/16"),
                    List.of())), List.of());
        }
        if (type == SelectorRequirement.class) {
            return new SelectorRequirement("tier", SelectorRequirement.Operator.IN, List.of(which == 0 ? "a" : "b"));
        }
        throw new AssertionError("no sample values for " + type + ": add them here");
    }
}
