package io.netpoldojo.quiz;

import io.netpoldojo.content.CardKind;
import io.netpoldojo.content.Trap;
import io.netpoldojo.quiz.schedule.CardSchedule;
import io.netpoldojo.quiz.schedule.Fsrs;
import io.netpoldojo.quiz.schedule.Rating;
import io.netpoldojo.quiz.schedule.Scheduler;
import io.netpoldojo.quiz.schedule.Sm2Migration;
import io.netpoldojo.userdata.DamagedFileException;
import io.netpoldojo.userdata.SafeYaml;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The progress file format: a YAML mapping with one line per card schedule, answer and interview,
 * so a person can read it. Missing keys take their defaults and unknown keys are ignored (older
 * and newer files load); an answer of a card kind or mode this app does not know is skipped; a
 * value of the wrong type means the file is damaged.
 *
 * <p>Version 1 files hold SM-2 schedules; reading one migrates them to FSRS
 * ({@link Sm2Migration}), replaying each card's answers from the history where it has them.
 */
final class ProgressYaml {
    static final int VERSION = 2;
    /** The version whose card schedules are SM-2's. */
    static final int SM2_VERSION = 1;
    private static final String HEADER = "# NetPol Dojo quiz progress: settings, card schedules (FSRS-6), answers and interview scores.\n"
            + "# Written by the app; delete this file to start afresh.\n";

    private ProgressYaml() {}

    /** Thrown when the text is not a progress file this app could have written. */
    static final class DamagedException extends Exception {
        DamagedException(String reason) {
            super(reason);
        }
    }

    static String write(Progress progress) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("points", progress.points());
        root.put("streak", progress.streak());
        root.put("bestStreak", progress.bestStreak());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("desiredRetention", progress.settings().desiredRetention());
        progress.settings().interviewDate().ifPresent(d -> settings.put("interviewDate", d.toString()));
        root.put("settings", settings);
        Map<String, Object> cards = new LinkedHashMap<>();
        progress.schedules().forEach((id, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stability", s.stability());
            m.put("difficulty", s.difficulty());
            m.put("due", s.due().toString());
            m.put("lastReview", s.lastReview().toString());
            m.put("reviews", s.reviews());
            m.put("lapses", s.lapses());
            cards.put(id, m);
        });
        root.put("cards", cards);
        List<Object> attempts = new ArrayList<>();
        for (Attempt a : progress.attempts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("card", a.cardId());
            m.put("topic", a.topic());
            m.put("kind", a.kind().yamlName());
            m.put("difficulty", a.difficulty());
            m.put("correct", a.correct());
            m.put("at", a.at().toString());
            m.put("seconds", a.time().toMillis() / 1000.0);
            m.put("mode", a.mode().name().toLowerCase(Locale.ROOT));
            m.put("rating", a.rating().id());
            Attempt.Outcome o = a.outcome();
            if (!a.correct() && o.credit() > 0) {
                m.put("credit", o.credit());
            }
            if (o.dontKnow()) {
                m.put("dontKnow", true);
            }
            if (!o.risked().isEmpty()) {
                m.put("traps", traps(o.risked()));
            }
            if (!o.fell().isEmpty()) {
                m.put("fell", traps(o.fell()));
            }
            if (a.generated()) {
                m.put("generated", true);
            }
            attempts.add(m);
        }
        root.put("attempts", attempts);
        List<Object> interviews = new ArrayList<>();
        for (InterviewResult r : progress.interviews()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("finished", r.finished().toString());
            m.put("score", r.score());
            m.put("total", r.total());
            m.put("seconds", r.used().toMillis() / 1000.0);
            m.put("limitSeconds", r.limit().toSeconds());
            interviews.add(m);
        }
        root.put("interviews", interviews);
        DumperOptions options = new DumperOptions();
        // AUTO: the file is block style, but a mapping of plain values (one card, one answer) is one line.
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setWidth(200);
        return HEADER + new Yaml(new Representer(options), options).dump(root);
    }

    private static List<String> traps(java.util.Set<Trap> traps) {
        return traps.stream().sorted().map(Trap::id).toList();
    }

    /** @param zone the learner's time zone, which decides the day of each answer when SM-2 schedules are replayed */
    static Progress read(String text, ZoneId zone) throws DamagedException {
        Object loaded;
        try {
            loaded = SafeYaml.load(text); // plain maps, lists and scalars only, with limits
        } catch (DamagedFileException e) {
            throw new DamagedException(e.reason());
        }
        if (!(loaded instanceof Map)) {
            throw new DamagedException(loaded == null ? "the file is empty" : "the file is not a mapping");
        }
        Map<?, ?> root = (Map<?, ?>) loaded;
        int points = intOr(root, "points", 0);
        int streak = intOr(root, "streak", 0);
        int best = Math.max(streak, intOr(root, "bestStreak", 0));
        QuizSettings settings = settings(mapOr(root, "settings"));
        List<Attempt> attempts = new ArrayList<>();
        for (Object item : listOr(root, "attempts")) {
            attempt(item).ifPresent(attempts::add);
        }
        boolean sm2 = intOr(root, "version", VERSION) == SM2_VERSION;
        Scheduler scheduler = new Scheduler(Fsrs.defaults(), settings.desiredRetention());
        Map<String, CardSchedule> schedules = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : mapOr(root, "cards").entrySet()) {
            if (!(e.getKey() instanceof String id) || !(e.getValue() instanceof Map)) {
                throw new DamagedException("a card schedule is not a mapping");
            }
            Map<?, ?> m = (Map<?, ?>) e.getValue();
            schedules.put(id, sm2 ? Sm2Migration.migrate(sm2Schedule(m), reviewsOf(id, attempts, zone), scheduler)
                    : schedule(m));
        }
        List<InterviewResult> interviews = new ArrayList<>();
        for (Object item : listOr(root, "interviews")) {
            interviews.add(interview(item));
        }
        try {
            return new Progress(schedules, attempts, interviews, points, streak, best, settings);
        } catch (IllegalArgumentException e) {
            throw new DamagedException(e.getMessage());
        }
    }

    /** The version a progress file says it is (1 when it does not say, as the first files did not). */
    static int version(String text) {
        try {
            Object loaded = SafeYaml.load(text);
            if (loaded instanceof Map<?, ?> root && root.get("version") instanceof Integer v) {
                return v;
            }
        } catch (DamagedFileException e) {
            // not ours to judge here: read() reports it
        }
        return SM2_VERSION;
    }

    private static List<Sm2Migration.Review> reviewsOf(String cardId, List<Attempt> attempts, ZoneId zone) {
        return attempts.stream().filter(a -> a.cardId().equals(cardId) && !a.generated())
                .map(a -> new Sm2Migration.Review(a.at().atZone(zone).toLocalDate(), a.rating())).toList();
    }

    private static QuizSettings settings(Map<?, ?> m) throws DamagedException {
        double retention = m.containsKey("desiredRetention") ? number(m.get("desiredRetention"), "desiredRetention")
                : Scheduler.DEFAULT_RETENTION;
        Optional<LocalDate> interview = m.get("interviewDate") == null ? Optional.empty()
                : Optional.of(date(m.get("interviewDate"), "interviewDate"));
        try {
            return new QuizSettings(retention, interview);
        } catch (IllegalArgumentException e) {
            throw new DamagedException("a setting is out of range: " + e.getMessage());
        }
    }

    private static CardSchedule schedule(Map<?, ?> m) throws DamagedException {
        try {
            return new CardSchedule(number(m.get("stability"), "stability"), number(m.get("difficulty"), "difficulty"),
                    date(m.get("due"), "due"), date(m.get("lastReview"), "lastReview"), intOr(m, "reviews", 1),
                    intOr(m, "lapses", 0));
        } catch (IllegalArgumentException e) {
            throw new DamagedException("a card schedule is out of range: " + e.getMessage());
        }
    }

    private static Sm2Migration.Sm2State sm2Schedule(Map<?, ?> m) throws DamagedException {
        try {
            return new Sm2Migration.Sm2State(intOr(m, "repetitions", 0), number(m.get("ease"), "ease"),
                    intOr(m, "interval", 0), date(m.get("due"), "due"), date(m.get("lastReview"), "lastReview"),
                    intOr(m, "lapses", 0));
        } catch (IllegalArgumentException e) {
            throw new DamagedException("a card schedule is out of range: " + e.getMessage());
        }
    }

    private static Optional<Attempt> attempt(Object item) throws DamagedException {
        if (!(item instanceof Map)) {
            throw new DamagedException("an answer is not a mapping");
        }
        Map<?, ?> m = (Map<?, ?>) item;
        Optional<CardKind> kind = kind(string(m.get("kind"), "kind"));
        Optional<QuizMode> mode = mode(string(m.get("mode"), "mode"));
        if (kind.isEmpty() || mode.isEmpty()) {
            return Optional.empty(); // written by a newer app: not ours to judge
        }
        boolean correct = bool(m.get("correct"), "correct");
        Duration time = seconds(m.get("seconds"), "seconds");
        // Answers written before ratings were kept are rated as the app rates them now.
        Rating rating = m.containsKey("rating") ? Rating.parse(string(m.get("rating"), "rating"))
                .orElseThrow(() -> new DamagedException("rating is not again, hard, good or easy"))
                : Rating.of(correct, time, ExpectedTimes.of(kind.get()));
        try {
            Attempt.Outcome outcome = new Attempt.Outcome(correct, m.containsKey("credit")
                    ? number(m.get("credit"), "credit") : correct ? 1 : 0,
                    m.containsKey("dontKnow") && bool(m.get("dontKnow"), "dontKnow"), rating,
                    trapList(m.get("fell")), trapList(m.get("traps")));
            return Optional.of(new Attempt(string(m.get("card"), "card"), string(m.get("topic"), "topic"), kind.get(),
                    intOr(m, "difficulty", 1), instant(m.get("at"), "at"), time, mode.get(),
                    m.containsKey("generated") && bool(m.get("generated"), "generated"), outcome));
        } catch (IllegalArgumentException e) {
            throw new DamagedException("an answer is out of range: " + e.getMessage());
        }
    }

    private static InterviewResult interview(Object item) throws DamagedException {
        if (!(item instanceof Map)) {
            throw new DamagedException("an interview score is not a mapping");
        }
        Map<?, ?> m = (Map<?, ?>) item;
        try {
            return new InterviewResult(instant(m.get("finished"), "finished"), intOr(m, "score", 0),
                    intOr(m, "total", 0), seconds(m.get("seconds"), "seconds"),
                    seconds(m.get("limitSeconds"), "limitSeconds"));
        } catch (IllegalArgumentException e) {
            throw new DamagedException("an interview score is out of range: " + e.getMessage());
        }
    }

    /** Trap ids; one a newer app knows and this one does not is left out. */
    private static java.util.Set<Trap> trapList(Object value) throws DamagedException {
        if (value == null) {
            return java.util.Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new DamagedException("traps is not a list");
        }
        java.util.Set<Trap> out = new java.util.LinkedHashSet<>();
        for (Object item : list) {
            Trap.parse(string(item, "trap")).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<CardKind> kind(String name) {
        for (CardKind k : CardKind.values()) {
            if (k.yamlName().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<QuizMode> mode(String name) {
        for (QuizMode m : QuizMode.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Map<?, ?> mapOr(Map<?, ?> root, String key) throws DamagedException {
        Object value = root.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new DamagedException(key + " is not a mapping");
        }
        return (Map<?, ?>) value;
    }

    private static List<?> listOr(Map<?, ?> root, String key) throws DamagedException {
        Object value = root.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new DamagedException(key + " is not a list");
        }
        return (List<?>) value;
    }

    private static int intOr(Map<?, ?> map, String key, int fallback) throws DamagedException {
        if (!map.containsKey(key)) {
            return fallback;
        }
        Object value = map.get(key);
        if (!(value instanceof Integer)) {
            throw new DamagedException(key + " is not a whole number");
        }
        return (Integer) value;
    }

    private static double number(Object value, String key) throws DamagedException {
        if (!(value instanceof Number)) {
            throw new DamagedException(key + " is not a number");
        }
        return ((Number) value).doubleValue();
    }

    private static Duration seconds(Object value, String key) throws DamagedException {
        double s = number(value, key);
        if (s < 0 || Double.isNaN(s) || s > 1e9) {
            throw new DamagedException(key + " is out of range");
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static String string(Object value, String key) throws DamagedException {
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new DamagedException(key + " is not a word");
        }
        return (String) value;
    }

    private static boolean bool(Object value, String key) throws DamagedException {
        if (!(value instanceof Boolean)) {
            throw new DamagedException(key + " is not true or false");
        }
        return (Boolean) value;
    }

    /** A date as written ('2025-03-01'), or as YAML reads an unquoted one (a timestamp at midnight UTC). */
    private static LocalDate date(Object value, String key) throws DamagedException {
        if (value instanceof Date) {
            return ((Date) value).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(string(value, key));
        } catch (DateTimeParseException e) {
            throw new DamagedException(key + " is not a date");
        }
    }

    private static Instant instant(Object value, String key) throws DamagedException {
        if (value instanceof Date) {
            return ((Date) value).toInstant();
        }
        try {
            return Instant.parse(string(value, key));
        } catch (DateTimeParseException e) {
            throw new DamagedException(key + " is not a time");
        }
    }
}
