package io.netpoldojo.ui.quiz;

import io.netpoldojo.content.Content;
import io.netpoldojo.quiz.HistoryCsv;
import io.netpoldojo.quiz.Progress;
import io.netpoldojo.quiz.SessionReport;
import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.userdata.AtomicFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saving what the quiz shows: a session's report as an HTML page ({@link ReportHtml}) and the
 * whole history as CSV ({@link HistoryCsv}). The view sets where to ask for a file (a save
 * dialog); the file is written whole or not at all, off the JavaFX thread, and
 * {@link #statusProperty()} says where it went or why it could not.
 */
final class QuizExports {
    /** What a save dialog needs to ask: its title, the name it suggests, and the kind of file. */
    record SaveRequest(String title, String fileName, String kind, String extension) {}

    private final Clock clock;
    private final TaskRunner tasks;
    private final Supplier<Optional<Content>> content;
    private final Supplier<Progress> progress;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Function<SaveRequest, Optional<Path>> askWhere = r -> Optional.empty();

    QuizExports(Clock clock, TaskRunner tasks, Supplier<Optional<Content>> content, Supplier<Progress> progress) {
        this.clock = clock;
        this.tasks = tasks;
        this.content = content;
        this.progress = progress;
    }

    /** Where to ask for the file: the view's save dialog, or a test's folder. */
    void setAskWhere(Function<SaveRequest, Optional<Path>> askWhere) {
        this.askWhere = askWhere;
    }

    /** "Saved to ...", or why not; empty until something was saved. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A new screen: what was saved from the last one is no news here. */
    void clearStatus() {
        status.set("");
    }

    void saveReport(SessionReport report) {
        content.get().ifPresent(c -> {
            String html = ReportHtml.of(report, c, ZonedDateTime.now(clock));
            String name = ReportView.title(report.mode()).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            save(new SaveRequest("Save the " + ReportView.title(report.mode()).toLowerCase(java.util.Locale.ROOT),
                    name + "-" + LocalDate.now(clock) + ".html", "Web page (opens in a browser; print it to PDF)",
                    "html"), html);
        });
    }

    void saveHistory() {
        content.get().ifPresent(c -> save(new SaveRequest("Save your quiz history",
                "quiz-history-" + LocalDate.now(clock) + ".csv", "CSV (opens in a spreadsheet)", "csv"),
                HistoryCsv.of(progress.get(), c, clock.getZone())));
    }

    private void save(SaveRequest request, String text) {
        Optional<Path> where = askWhere.apply(request);
        if (where.isEmpty()) {
            return;
        }
        Path path = where.get();
        status.set("Saving to " + path + "\u2026");
        tasks.submit(() -> {
            AtomicFiles.write(path, text);
            return path;
        }, saved -> status.set("Saved to " + saved), failure -> status.set("Could not save to " + path + ": "
                + Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName())));
    }
}
