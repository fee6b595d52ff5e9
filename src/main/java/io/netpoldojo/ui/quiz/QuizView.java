package io.netpoldojo.ui.quiz;

import io.netpoldojo.ui.drill.DrillModel;
import io.netpoldojo.ui.drill.DrillEntryCard;
import io.netpoldojo.ui.drill.DrillView;
import io.netpoldojo.ui.drill.mock.MockModel;
import io.netpoldojo.ui.drill.mock.MockView;
import io.netpoldojo.ui.text.SpanFlow;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Quiz place's view: a notice line when progress had trouble, and the current screen. */
final class QuizView extends VBox {
    private final QuizModel model;
    private final QuizActions actions;
    private final ZoneId zone;
    private final StackPane screens = new StackPane();
    private final HomeView home;
    private final QuestionView question;
    private final Node loading;

    QuizView(QuizModel model, QuizActions actions, ZoneId zone, DrillModel drill, MockModel mock,
             ScenarioDiagrams diagrams) {
        this.model = model;
        this.actions = actions;
        this.zone = zone;
        setId("quiz-view");
        getStyleClass().add("quiz");
        // Card texts are rich text; quiz.css comes after its sheet and tunes it per place on the card.
        getStylesheets().addAll(SpanFlow.STYLESHEET,
                QuizView.class.getResource("/io/netpoldojo/ui/quiz/quiz.css").toExternalForm());
        model.exports().setAskWhere(this::askWhere);
        home = new HomeView(model);
        // The explain drill is its own package; the home only offers the way in and back.
        DrillView drillView = new DrillView(drill, () -> show(model.screenProperty().get()));
        Runnable openDrill = () -> {
            screens.getChildren().setAll(drillView);
            drillView.focusFirst();
        };
        MockView mockView = new MockView(mock, model.contentProperty()::get, zone, openDrill);
        home.addWayIn(DrillEntryCard.create(drill, model.explainDueProperty(), openDrill, () -> {
            mock.home();
            screens.getChildren().setAll(mockView);
        }));
        question = new QuestionView(model, actions, diagrams);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label wait = new Label();
        wait.setId("quiz-loading-text");
        wait.textProperty().bind(model.loadingTextProperty());
        spinner.visibleProperty().bind(model.loadingTextProperty().isEqualTo(QuizModel.LOADING));
        VBox waiting = new VBox(12, spinner, wait);
        waiting.setAlignment(Pos.CENTER);
        waiting.setId("quiz-loading");
        loading = waiting;
        VBox.setVgrow(screens, Priority.ALWAYS);
        getChildren().addAll(noticeBar(), screens);
        model.screenProperty().addListener((o, a, now) -> show(now));
        show(model.screenProperty().get());
    }

    /** The save dialog, starting in the home folder with the suggested name. */
    private Optional<Path> askWhere(QuizExports.SaveRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.kind(), "*." + request.extension()));
        return Optional.ofNullable(chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow()))
                .map(java.io.File::toPath);
    }

    private Node noticeBar() {
        Label text = new Label();
        text.setId("quiz-notice");
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        // All of it, however long (a file path), and Dismiss whole: the home screen below would
        // squeeze the bar to one line cut with "..." and the button to "...".
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(model.noticeProperty());
        Button close = new Button("Dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setId("quiz-notice-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> model.dismissNotice());
        HBox bar = new HBox(text, close);
        bar.getStyleClass().addAll("notice-bar", "quiz-notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void show(QuizModel.Screen screen) {
        model.exports().clearStatus();
        Node node;
        switch (screen) {
            case HOME:
                node = home;
                break;
            case QUESTION:
                node = question;
                break;
            case REPORT:
                node = new ReportView(model, model.reportProperty().get().orElseThrow(),
                        model.contentProperty().get().orElseThrow(), actions);
                break;
            case HISTORY:
                node = new HistoryView(model, model.contentProperty().get().orElseThrow(),
                        model.progressProperty().get(), zone);
                break;
            default:
                node = loading;
        }
        screens.getChildren().setAll(node);
        if (screen == QuizModel.Screen.QUESTION) {
            question.focusQuestion();
        } else {
            node.requestFocus();
        }
    }
}
