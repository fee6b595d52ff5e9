package io.netpoldojo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small, strict option parser: {@code --name value} or {@code --name=value}, repeatable
 * options, boolean flags and positional arguments. Unknown options are errors, not ignored.
 */
final class Args {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {}

    /**
     * @param withValue options that take a value (repeatable)
     * @param flags     options that take none
     */
    static Args parse(List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                parsed.positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of a single-valued option; giving it twice is an error. */
    Optional<String> one(String name) throws UsageException {
        List<String> v = all(name);
        if (v.size() > 1) {
            throw new UsageException("--" + name + " given more than once");
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    int intValue(String name, int defaultValue, int min, int max) throws UsageException {
        Optional<String> v = one(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not \"" + v.get() + "\"");
        }
    }

    List<String> positionals() {
        return positionals;
    }
}
