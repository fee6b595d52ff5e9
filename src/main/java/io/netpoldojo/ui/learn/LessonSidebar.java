package io.netpoldojo.ui.learn;

import atlantafx.base.controls.CustomTextField;
import io.netpoldojo.content.Lesson;
import io.netpoldojo.ui.Icons;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lesson list beside the page: progress, a search box, and the lessons (or the ones found). */
final class LessonSidebar extends VBox {
    private final LearnModel model;
    private final CustomTextField search = new CustomTextField();
    private final ListView<LearnModel.LessonEntry> list = new ListView<>();
    /**
     * The list's own copy of the model's entries, replaced under {@link #syncing}: replacing a
     * ListView's items moves its selection, which must not read as the reader picking a lesson.
     */
    private final javafx.collections.ObservableList<LearnModel.LessonEntry> items =
            javafx.collections.FXCollections.observableArrayList();
    /** True while the list is made to show the model's current lesson, so that is not taken as a click. */
    private boolean syncing;

    LessonSidebar(LearnModel model) {
        this.model = model;
        getStyleClass().add("learn-sidebar");
        setId("learn-sidebar");

        Label heading = new Label("Lessons");
        heading.getStyleClass().add("learn-sidebar-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("learn-progress");
        progress.getStyleClass().add("learn-progress-text");
        progress.textProperty().bind(model.progressTextProperty());
        HBox top = new HBox(heading, gap, progress);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.getStyleClass().add("learn-sidebar-header");
        ProgressBar bar = new ProgressBar();
        bar.setId("learn-progress-bar");
        bar.getStyleClass().add("learn-progress-bar");
        bar.progressProperty().bind(model.progressFractionProperty());
        bar.setMaxWidth(Double.MAX_VALUE);

        search.setId("learn-search");
        search.setPromptText("Search the lessons");
        search.setLeft(Icons.icon(LearnIcons.SEARCH, 16));
        Button clear = new Button();
        clear.setId("learn-search-clear");
        clear.getStyleClass().addAll("flat", "learn-search-clear");
        clear.setGraphic(Icons.icon(Icons.CLOSE, 14));
        clear.setAccessibleText("Clear the search");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                // From the box straight into the results, like a launcher.
                list.requestFocus();
                if (!list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                    model.open(list.getItems().get(0).lesson().id());
                }
                e.consume();
            }
        });

        Label summary = new Label();
        summary.setId("learn-search-summary");
        summary.getStyleClass().add("learn-search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.searchSummaryProperty());
        summary.visibleProperty().bind(model.searchSummaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        list.setId("learn-lessons");
        list.getStyleClass().add("learn-lessons");
        list.setItems(items);
        list.setCellFactory(l -> new LessonCell(l, model::open));
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(top, bar, search, summary, list);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (!syncing && entry != null) {
                model.open(entry.lesson().id());
            }
        });
        model.currentProperty().addListener((o, a, b) -> selectCurrent());
        model.entries().addListener((javafx.collections.ListChangeListener<LearnModel.LessonEntry>) c -> copyEntries());
        copyEntries();
    }

    private void copyEntries() {
        syncing = true;
        try {
            items.setAll(model.entries());
        } finally {
            syncing = false;
        }
        selectCurrent();
    }

    /** The list marks the lesson on the page; when the search hides it, nothing is marked. */
    private void selectCurrent() {
        syncing = true;
        try {
            Optional<String> current = model.currentProperty().get().map(Lesson::id);
            int index = -1;
            for (int i = 0; i < list.getItems().size() && current.isPresent(); i++) {
                if (list.getItems().get(i).lesson().id().equals(current.get())) {
                    index = i;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Keeps every word of every lesson title whole: a title wraps between words, and a word wider
     * than the list's text column ("ClusterNetworkPolicy" in bold, about 170 px, in the 1024-pixel
     * window's 260-pixel list) would be broken in the middle. The list then grows, by an inline
     * minimum width (over the stylesheet's, so a wider window still gets the stylesheet's width),
     * to just hold the widest word.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double widest = widestTitleWord();
        double text = list.getWidth() - LessonCell.CHROME;
        if (widest > 0 && list.getWidth() > 0 && widest > text + 0.5) {
            double min = Math.ceil(getWidth() + widest - text);
            if (min != grownTo) {
                grownTo = min;
                setStyle("-fx-min-width: " + min + "px;");
            }
        }
    }

    /** The inline minimum width last set, so a layout sets it once. */
    private double grownTo;
    /** The widest word measured, and the font and titles it was measured for. */
    private double widestWord;
    private Object measuredFor;

    /** How wide the widest word of any lesson title is in the titles' font (0 before a title is shown). */
    private double widestTitleWord() {
        javafx.scene.Node shown = list.lookup(".lesson-cell-title");
        if (!(shown instanceof Label title) || title.getFont() == null) {
            return 0;
        }
        java.util.List<Object> key = java.util.List.of(title.getFont(), model.entries().size());
        if (!key.equals(measuredFor)) {
            javafx.scene.text.Text word = new javafx.scene.text.Text();
            word.setFont(title.getFont());
            double widest = 0;
            for (LearnModel.LessonEntry e : model.entries()) {
                for (String w : e.lesson().title().split("\\s+")) {
                    word.setText(w);
                    widest = Math.max(widest, word.getLayoutBounds().getWidth());
                }
            }
            widestWord = widest;
            measuredFor = key;
        }
        return widestWord;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
