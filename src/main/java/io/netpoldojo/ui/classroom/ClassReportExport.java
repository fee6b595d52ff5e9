package io.netpoldojo.ui.classroom;

import io.netpoldojo.ui.TaskRunner;
import io.netpoldojo.userdata.AtomicFiles;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/** Saves the class report as CSV where the teacher picks, written off the JavaFX thread. */
public final class ClassReportExport {
    private ClassReportExport() {}

    /** Asks where to save, then writes; says so if it could not. Nothing happens while the vote is off. */
    public static void save(ClassVoteModel model, TaskRunner tasks, Node owner) {
        model.report().ifPresent(report -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the class report");
            chooser.setInitialFileName("class-report-" + LocalDate.now() + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(owner.getScene().getWindow());
            if (file == null) {
                return;
            }
            Path path = file.toPath();
            String csv = report.toCsv();
            tasks.submit(() -> {
                AtomicFiles.write(path, csv);
                return path;
            }, done -> { }, failure -> new Alert(Alert.AlertType.ERROR, "The class report could not be saved to "
                    + path + ": " + failure.getMessage()).show());
        });
    }
}
