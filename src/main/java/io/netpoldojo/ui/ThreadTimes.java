package io.netpoldojo.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Each thread's CPU time so far, read from Linux's {@code /proc/self/task}, for the start-up probe:
 * it names the JIT compilers, the JavaFX thread, the renderer and our own task threads, which the
 * JVM's thread bean does not all list. Empty elsewhere.
 */
final class ThreadTimes {
    /** Clock ticks per second of {@code /proc}'s times (USER_HZ, 100 on every Linux this runs on). */
    private static final long TICKS_PER_SECOND = 100;

    private ThreadTimes() {}

    /** One line per thread that has used any CPU: {@code netpoldojo.startupProbe: thread <name> <ms> ms}. */
    static String read() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> line(task).ifPresent(out::append));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return out.toString();
    }

    private static java.util.Optional<String> line(Path task) {
        try {
            // pid (name) state ... utime stime: fields 14 and 15, counted from 1, the name may hold spaces.
            String stat = Files.readString(task.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
            return ms == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(String.format("%s: thread %-16s %5d ms%n", StartupProbe.PROPERTY, name, ms));
        } catch (IOException | RuntimeException threadGone) {
            return java.util.Optional.empty();
        }
    }
}
