package io.netpoldojo.classroom.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the load test speaks with a class of phones in another process, one line each way per
 * command: the test sends {@code join PIN}, {@code start ROUND}, {@code await ROUND} or {@code quit};
 * the phones answer each with one line ({@code joined ...}, {@code started ROUND}, {@code round ...}).
 * Numbers are written in decimal, lists with commas, problems after a tab, one per tab.
 */
public final class PhonesProtocol {
    private PhonesProtocol() {}

    public static String join(String pin) {
        return "join " + pin;
    }

    public static String start(int round) {
        return "start " + round;
    }

    public static String await(int round) {
        return "await " + round;
    }

    public static final String QUIT = "quit";

    public static String started(int round) {
        return "started " + round;
    }

    public static String encode(Phones.JoinReport r) {
        return "joined " + r.joined() + " " + r.failed() + " " + longs(r.joinNanos()) + problems(r.problems());
    }

    public static Phones.JoinReport decodeJoin(String line) {
        String[] parts = fields(line, "joined", 4);
        return new Phones.JoinReport(Integer.parseInt(parts[1]), parseLongs(parts[3]), problemsOf(line),
                Integer.parseInt(parts[2]));
    }

    public static String encode(Phones.RoundReport r) {
        StringBuilder votes = new StringBuilder();
        for (Phones.Vote v : r.votes()) {
            votes.append(votes.length() == 0 ? "" : ",").append(v.sentNanos()).append(':').append(v.roundTripNanos())
                    .append(':').append(v.receipt());
        }
        return "round " + r.round() + " " + r.voters() + " " + r.acknowledged() + " " + r.lastReceipt() + " "
                + r.failed() + " " + longs(r.counts().stream().map(Integer::longValue).toList()) + " "
                + longs(r.arrivals()) + " " + (votes.length() == 0 ? "-" : votes) + problems(r.problems());
    }

    public static Phones.RoundReport decodeRound(String line) {
        String[] p = fields(line, "round", 9);
        List<Phones.Vote> votes = new ArrayList<>();
        if (!p[8].equals("-")) {
            for (String v : p[8].split(",")) {
                String[] x = v.split(":");
                votes.add(new Phones.Vote(Long.parseLong(x[0]), Long.parseLong(x[1]), Long.parseLong(x[2])));
            }
        }
        return new Phones.RoundReport(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Long.parseLong(p[3]),
                Long.parseLong(p[4]), parseLongs(p[6]).stream().map(Long::intValue).toList(), parseLongs(p[7]), votes,
                problemsOf(line), Integer.parseInt(p[5]));
    }

    /** The command word of a line the test sent, and its argument ("" if none). */
    public static String[] command(String line) {
        String[] parts = line.trim().split(" ", 2);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }

    private static String[] fields(String line, String word, int count) {
        String head = line.split("\t", 2)[0];
        String[] parts = head.split(" ");
        if (parts.length != count || !parts[0].equals(word)) {
            throw new IllegalArgumentException("the phones' process answered \"" + abbreviate(line) + "\", not "
                    + word);
        }
        return parts;
    }

    private static String longs(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (long v : values) {
            out.append(out.length() == 0 ? "" : ",").append(v);
        }
        return out.toString();
    }

    private static List<Long> parseLongs(String s) {
        return s.equals("-") ? List.of() : Arrays.stream(s.split(",")).map(Long::parseLong).toList();
    }

    private static String problems(List<String> problems) {
        StringBuilder out = new StringBuilder();
        for (String p : problems) {
            out.append('\t').append(p.replaceAll("[\\t\\r\\n]+", " "));
        }
        return out.toString();
    }

    private static List<String> problemsOf(String line) {
        String[] parts = line.split("\t");
        return Arrays.asList(parts).subList(1, parts.length);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
