package io.netpoldojo.synthesis;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) for showing what an edit does to a policy's YAML. */
public final class YamlDiff {
    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
        /** {@code "+ text"}, {@code "- text"} or {@code "  text"}, as {@code diff -u} prints it. */
        @Override
        public String toString() {
            return (kind == Kind.ADDED ? "+ " : kind == Kind.REMOVED ? "- " : "  ") + text;
        }
    }

    private YamlDiff() {}

    public static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        a = dropTrailingEmpty(a);
        b = dropTrailingEmpty(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Line(Kind.ADDED, b[j++]));
            } else {
                out.add(new Line(Kind.REMOVED, a[i++]));
            }
        }
        return out;
    }

    private static String[] dropTrailingEmpty(String[] lines) {
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        return java.util.Arrays.copyOf(lines, n);
    }
}
