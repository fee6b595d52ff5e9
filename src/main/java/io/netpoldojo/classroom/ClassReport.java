package io.netpoldojo.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the class answered: per question, both rounds' votes, how many were right, and how many
 * devices changed to the right answer after discussing (peer instruction's measure of learning).
 */
public record ClassReport(List<QuestionResult> questions) {
    public ClassReport {
        questions = List.copyOf(questions);
    }

    /**
     * One question's results.
     *
     * @param correct        the right choice, once revealed (empty if the class never saw the answer)
     * @param first          votes per choice in round 1
     * @param second         votes per choice in round 2, if there was one
     * @param changedToRight devices wrong in round 1 and right in round 2
     * @param changedToWrong devices right in round 1 and wrong in round 2
     */
    public record QuestionResult(Poll poll, Optional<Integer> correct, List<Integer> first,
                                 Optional<List<Integer>> second, int changedToRight, int changedToWrong) {
        public QuestionResult {
            first = List.copyOf(first);
            second = second.map(List::copyOf);
        }

        static QuestionResult of(Poll poll, Map<String, Integer> first, Optional<Map<String, Integer>> second,
                                 Optional<Integer> correct) {
            int toRight = 0;
            int toWrong = 0;
            if (second.isPresent() && correct.isPresent()) {
                int right = correct.get();
                for (Map.Entry<String, Integer> vote : second.get().entrySet()) {
                    Integer before = first.get(vote.getKey());
                    if (before == null) {
                        continue;
                    }
                    if (before != right && vote.getValue() == right) {
                        toRight++;
                    } else if (before == right && vote.getValue() != right) {
                        toWrong++;
                    }
                }
            }
            return new QuestionResult(poll, correct, counts(poll, first), second.map(s -> counts(poll, s)), toRight,
                    toWrong);
        }

        private static List<Integer> counts(Poll poll, Map<String, Integer> votes) {
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < poll.choices().size(); i++) {
                final int choice = i;
                counts.add((int) votes.values().stream().filter(v -> v == choice).count());
            }
            return counts;
        }

        public int firstVoters() {
            return first.stream().mapToInt(Integer::intValue).sum();
        }

        public Optional<Integer> firstRight() {
            return correct.map(first::get);
        }

        public int secondVoters() {
            return second.map(s -> s.stream().mapToInt(Integer::intValue).sum()).orElse(0);
        }

        public Optional<Integer> secondRight() {
            return correct.flatMap(c -> second.map(s -> s.get(c)));
        }
    }

    private static final String HEADER = "number,question,right answer,round 1 voters,round 1 right,round 1 right %,"
            + "round 2 voters,round 2 right,round 2 right %,changed to the right answer,changed to a wrong answer,"
            + "round 1 votes per choice,round 2 votes per choice";

    /** One line per question, RFC 4180 (quoted where needed, CRLF line ends), for a spreadsheet. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        int number = 0;
        for (QuestionResult q : questions) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(++number));
            row.add(q.poll().text());
            row.add(q.correct().map(c -> q.poll().choices().get(c)).orElse("not revealed"));
            row.add(Integer.toString(q.firstVoters()));
            row.add(q.firstRight().map(String::valueOf).orElse(""));
            row.add(q.firstRight().map(r -> percent(r, q.firstVoters())).orElse(""));
            row.add(q.second().isPresent() ? Integer.toString(q.secondVoters()) : "");
            row.add(q.secondRight().map(String::valueOf).orElse(""));
            row.add(q.secondRight().map(r -> percent(r, q.secondVoters())).orElse(""));
            boolean compared = q.second().isPresent() && q.correct().isPresent();
            row.add(compared ? Integer.toString(q.changedToRight()) : "");
            row.add(compared ? Integer.toString(q.changedToWrong()) : "");
            row.add(perChoice(q.poll(), q.first()));
            row.add(q.second().map(s -> perChoice(q.poll(), s)).orElse(""));
            csv.append(row.stream().map(ClassReport::csvField).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** "12 of 20" as a whole percentage; empty when nobody voted. */
    private static String percent(int part, int whole) {
        return whole == 0 ? "" : Long.toString(Math.round(100.0 * part / whole));
    }

    private static String perChoice(Poll poll, List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            parts.add(poll.choices().get(i) + ": " + counts.get(i));
        }
        return String.join("; ", parts);
    }

    static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
