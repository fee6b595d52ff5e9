package io.netpoldojo.quiz;

import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.Trap;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every answer of the history as CSV (RFC 4180: comma-separated, double quotes around a field
 * with a comma, a quote or a line break, CRLF between records), one row per answer, oldest first,
 * to open in a spreadsheet. Text that a spreadsheet would take for a formula (starting with
 * {@code = + - @}) is prefixed with an apostrophe, as OWASP advises for CSV exports.
 */
public final class HistoryCsv {
    /** The header row, in the order of the fields of each row. */
    public static final List<String> COLUMNS = List.of("answered_at", "card", "question", "topic", "kind",
            "difficulty", "mode", "result", "credit", "seconds", "rating", "traps_fallen_into", "traps_tested");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private HistoryCsv() {}

    public static String of(Progress progress, Content content, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (Attempt a : progress.attempts()) {
            String question = a.generated() ? "(a generated prediction)"
                    : content.card(a.cardId()).map(Card::question).orElse("");
            row(out, List.of(a.at().atZone(zone).truncatedTo(ChronoUnit.SECONDS).format(WHEN), a.cardId(), question,
                    a.topic(), a.kind().yamlName(),
                    String.valueOf(a.difficulty()), a.mode().name().toLowerCase(Locale.ROOT), result(a.outcome()),
                    String.format(Locale.ROOT, "%.2f", a.outcome().credit()),
                    String.format(Locale.ROOT, "%.1f", a.time().toMillis() / 1000.0),
                    a.rating().name().toLowerCase(Locale.ROOT), traps(a.outcome().fell()), traps(a.outcome().risked())));
        }
        return out.toString();
    }

    private static String result(Attempt.Outcome o) {
        if (o.correct()) {
            return "right";
        }
        if (o.dontKnow()) {
            return "don't know";
        }
        return o.credit() > 0 ? "partly right" : "wrong";
    }

    /** Trap ids, in the order of {@link Trap}, separated by spaces. */
    private static String traps(Set<Trap> traps) {
        return traps.stream().sorted().map(Trap::id).collect(Collectors.joining(" "));
    }

    private static void row(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(HistoryCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
