package io.netpoldojo.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a step changed in its code: the lines of the new policy that the old one did not have, and
 * within a line that was edited rather than added, the characters that differ (the one dash that
 * turns one peer into two). A longest-common-subsequence over lines, then, inside each run of
 * removed-and-added lines paired in order, the part between their common prefix and suffix.
 */
final class CodeDiff {
    /**
     * One line of the new text.
     *
     * @param changed whether the old text lacks this line
     * @param span    {@code [from, to)}: the characters that differ from the line it replaced;
     *                empty when the line is wholly new or unchanged
     */
    record Line(String text, boolean changed, Optional<int[]> span) {
        int from() {
            return span.map(s -> s[0]).orElse(0);
        }

        int to() {
            return span.map(s -> s[1]).orElse(0);
        }
    }

    private CodeDiff() {}

    /** Each line of {@code now}, marked against {@code before}. */
    static List<Line> of(List<String> before, List<String> now) {
        int n = before.size();
        int m = now.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>(m);
        List<String> removed = new ArrayList<>();
        int i = 0;
        int j = 0;
        int pairedFrom = 0;
        while (j < m) {
            if (i < n && before.get(i).equals(now.get(j))) {
                out.add(new Line(now.get(j), false, Optional.empty()));
                removed.clear();
                pairedFrom = 0;
                i++;
                j++;
            } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed.add(before.get(i));
                i++;
            } else {
                // An added line: the k-th added line of a run is the edit of its k-th removed line, if any.
                String line = now.get(j);
                Optional<int[]> span = pairedFrom < removed.size() ? Optional.of(span(removed.get(pairedFrom), line))
                        : Optional.empty();
                pairedFrom++;
                out.add(new Line(line, true, span));
                j++;
            }
        }
        return out;
    }

    /** The part of {@code now} between what it shares with {@code was} at the start and at the end. */
    private static int[] span(String was, String now) {
        int prefix = 0;
        while (prefix < was.length() && prefix < now.length() && was.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < was.length() - prefix && suffix < now.length() - prefix
                && was.charAt(was.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        return new int[] {prefix, Math.max(prefix, now.length() - suffix)};
    }
}
