package io.netpoldojo.userdata;

import java.nio.file.Path;

/** Run in a separate JVM by {@link AtomicFilesTest}: rewrites one file forever until killed. */
public final class AtomicWriteChild {
    private AtomicWriteChild() {}

    /** Two versions of different lengths, so a torn mix of them is easy to tell apart. */
    static String content(char fill) {
        return String.valueOf(fill).repeat(fill == 'a' ? 3_000_000 : 4_000_000);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String a = content('a');
        String b = content('b');
        System.out.println("writing");
        System.out.flush();
        for (long n = 0; ; n++) {
            AtomicFiles.write(target, n % 2 == 0 ? b : a);
        }
    }
}
