package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.LabelSelector;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.SelectorRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shortest label selector that picks out exactly the pods with one set of labels among the
 * pods of a namespace: as few {@code matchLabels} as tell them apart (keeping {@code app} and its
 * kin, which is what people select on), and a {@code DoesNotExist} requirement only where another
 * pod carries the same labels plus more.
 */
final class ClassSelectors {
    /** Label keys people select on, most telling first; any other key sorts after these, by name. */
    private static final List<String> PREFERRED = List.of("app", "app.kubernetes.io/name", "k8s-app", "name",
            "component", "app.kubernetes.io/component", "tier", "role");

    static final Comparator<String> KEY_ORDER = Comparator
            .comparingInt((String k) -> PREFERRED.contains(k) ? PREFERRED.indexOf(k) : PREFERRED.size())
            .thenComparing(Comparator.naturalOrder());

    private ClassSelectors() {}

    /**
     * @param target the labels of the pods to select
     * @param others the labels of every other pod in the namespace (equal label sets are ignored)
     */
    static LabelSelector exact(Labels target, List<Labels> others) {
        List<Labels> distinct = others.stream().filter(o -> !o.equals(target)).toList();
        List<String> keys = new ArrayList<>(target.asMap().keySet());
        keys.sort(KEY_ORDER);
        Set<String> kept = new TreeSet<>(keys);
        List<String> absent = hittingSet(target, kept, distinct);
        for (int i = keys.size() - 1; i >= 0; i--) {
            Set<String> fewer = new TreeSet<>(kept);
            fewer.remove(keys.get(i));
            if (fewer.isEmpty()) {
                continue; // keep one label even when the pods are alone: {} would also take in pods added later
            }
            List<String> absentWithFewer = hittingSet(target, fewer, distinct);
            if (absentWithFewer != null && fewer.size() + absentWithFewer.size() < kept.size() + absent.size()) {
                kept = fewer;
                absent = absentWithFewer;
            }
        }
        Labels matchLabels = Labels.NONE;
        for (String k : kept) {
            matchLabels = matchLabels.with(k, target.get(k));
        }
        List<SelectorRequirement> expressions = absent.stream()
                .map(k -> new SelectorRequirement(k, SelectorRequirement.Operator.DOES_NOT_EXIST, List.of()))
                .toList();
        return new LabelSelector(matchLabels, expressions);
    }

    /**
     * The keys to require absent so that every pod that agrees with {@code target} on {@code kept}
     * is excluded: a greedy hitting set over the keys those pods have and the target lacks. Null
     * when some such pod has no key the target lacks (then {@code kept} cannot tell them apart).
     */
    private static List<String> hittingSet(Labels target, Set<String> kept, List<Labels> others) {
        List<Set<String>> toExclude = new ArrayList<>();
        for (Labels o : others) {
            boolean differs = kept.stream().anyMatch(k -> !target.get(k).equals(o.get(k)));
            if (differs) {
                continue;
            }
            Set<String> extra = new TreeSet<>(KEY_ORDER);
            o.asMap().keySet().stream().filter(k -> !target.has(k)).forEach(extra::add);
            if (extra.isEmpty()) {
                return null;
            }
            toExclude.add(extra);
        }
        List<String> chosen = new ArrayList<>();
        while (!toExclude.isEmpty()) {
            String best = null;
            long bestCount = 0;
            Set<String> all = new TreeSet<>(KEY_ORDER);
            toExclude.forEach(all::addAll);
            for (String k : all) {
                long count = toExclude.stream().filter(s -> s.contains(k)).count();
                if (count > bestCount) {
                    best = k;
                    bestCount = count;
                }
            }
            String key = best;
            chosen.add(key);
            toExclude.removeIf(s -> s.contains(key));
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }
}
