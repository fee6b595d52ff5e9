package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.LintWarning;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.ui.editor.EditorProblem;
import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDraft;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The policies beside the canvas: an ordered list with on/off switches, the recipe library, and
 * a YAML editor for the selected policy with the engine's errors at their lines and its teaching
 * warnings below. The text typed is kept as typed, valid or not.
 */
public final class PolicyPanel extends VBox {
    /** A bin, drawn like the app's other line icons. */
    private static final String TRASH = "M4 6.5 H20 M9.5 6.5 V4.5 H14.5 V6.5 M6 6.5 L7 20 H17 L18 6.5 M10 10 V16.5 M14 10 V16.5";

    private final PlaygroundModel model;
    private final Supplier<String> currentNamespace;
    private final ObservableList<PolicyDraft> items = FXCollections.observableArrayList();
    private final ListView<PolicyDraft> list = new ListView<>(items);
    private final YamlEditor editor = new YamlEditor();
    private final Label editing = new Label();
    private final VBox lint = new VBox(6);
    private boolean syncing;
    /** The rows of buttons, each of which must fit whole: they set the panel's least width. */
    private List<HBox> rows = List.of();

    public PolicyPanel(PlaygroundModel model, ObservableList<RecipeEntry> recipes, Supplier<String> currentNamespace) {
        this.model = model;
        this.currentNamespace = currentNamespace;
        setId("policy-panel");
        getStyleClass().add("policy-panel");

        Label title = new Label("Policies");
        title.getStyleClass().add("panel-title");
        MenuButton add = new MenuButton("Add");
        add.setId("policy-add");
        fillRecipeMenu(add, recipes);
        recipes.addListener((javafx.collections.ListChangeListener<RecipeEntry>) c -> fillRecipeMenu(add, recipes));
        Button duplicate = iconButton("Duplicate", "policy-duplicate", "Duplicate the selected policy",
                () -> withSelected(model::duplicatePolicy));
        // A labelled delete, not a bare cross that reads as "close the panel"; Ctrl+Z brings the policy back.
        Button delete = iconButton("Delete", "policy-delete", "Delete the selected policy (Ctrl+Z undoes it)",
                () -> withSelected(model::deletePolicy));
        delete.setGraphic(io.netpoldojo.ui.Icons.icon(TRASH, 14));
        delete.disableProperty().bind(model.selectedPolicyProperty().isEmpty());
        Button up = iconButton("\u2191 Earlier", "policy-up", "Apply earlier when stepping",
                () -> withSelected(k -> model.movePolicy(k, -1)));
        Button down = iconButton("\u2193 Later", "policy-down", "Apply later when stepping",
                () -> withSelected(k -> model.movePolicy(k, 1)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        // What acts on the selected policy sits under the list, so nothing in either row is cut short.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, duplicate, up, down, gap, delete);
        actions.setId("policy-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : List.of(title, add, duplicate, up, down, delete)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }

        list.setId("policy-list");
        list.setPrefHeight(190);
        list.setMinHeight(110);
        list.setCellFactory(v -> new PolicyCell());
        list.setPlaceholder(new Label("No policies: every pod is open.\nAdd one from the library."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (!syncing && d != null) {
                model.selectedPolicyProperty().set(d.key());
            }
        });

        editing.getStyleClass().add("editor-caption");
        editor.setId("policy-editor");
        VBox.setVgrow(editor, Priority.ALWAYS);
        editor.textProperty().addListener((o, a, text) -> {
            String key = model.selectedPolicyProperty().get();
            if (!syncing && !key.isEmpty()) {
                model.setPolicyText(key, text);
            }
        });
        lint.setId("policy-lint");
        lint.getStyleClass().add("policy-lint");

        HBox stepper = stepper();
        getChildren().addAll(header, list, actions, stepper, editing, editor, lint);
        rows = List.of(header, actions, stepper);
        model.workspaceProperty().addListener((o, a, ws) -> sync(ws));
        model.selectedPolicyProperty().addListener((o, a, key) -> sync(model.workspace()));
        model.evaluationProperty().addListener((o, a, ev) -> {
            list.refresh();
            showProblems();
        });
        sync(model.workspace());
    }

    /** No narrower than its rows of buttons (nor 320), so a split pane cannot cut them short ("Step thr...", "Dele"). */
    @Override
    protected double computeMinWidth(double height) {
        double widest = rows.stream().mapToDouble(r -> r.prefWidth(-1)).max().orElse(0);
        return Math.max(320, getInsets().getLeft() + getInsets().getRight() + widest);
    }

    /** Step through the enabled policies in order, watching each one's effect. */
    private HBox stepper() {
        Label label = new Label("Step through");
        label.getStyleClass().add("step-caption");
        Button start = iconButton("|\u25c0", "step-start", "Before any policy", model::stepToStart);
        Button back = iconButton("\u25c0", "step-back", "Step back one policy ([)", model::stepBack);
        Button forward = iconButton("\u25b6", "step-forward", "Apply the next policy (])", model::stepForward);
        Button all = iconButton("\u25b6|", "step-all", "Apply all enabled policies", model::applyAll);
        Label position = new Label();
        position.setId("step-label");
        position.getStyleClass().add("step-label");
        Runnable refresh = () -> {
            int limit = model.appliedLimitProperty().get();
            int total = model.steppablePolicies();
            position.setText(limit == PlaygroundModel.ALL ? "all " + total + " applied" : limit + " of " + total
                    + " applied");
            back.setDisable(limit == 0 || total == 0);
            start.setDisable(limit == 0 || total == 0);
            forward.setDisable(limit == PlaygroundModel.ALL);
            all.setDisable(limit == PlaygroundModel.ALL);
        };
        model.appliedLimitProperty().addListener((o, a, b) -> refresh.run());
        model.workspaceProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        for (javafx.scene.control.Control c : List.of(label, start, back, position, forward, all)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(4, label, start, back, position, forward, all);
        row.setId("stepper");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * "New policy", then the recipe library: one flat list under group captions (no submenus to
     * chase with the pointer), each recipe explained in its tooltip.
     */
    private void fillRecipeMenu(MenuButton add, List<RecipeEntry> recipes) {
        add.getItems().setAll(menuItem("New policy\u2026", "policy-new", () -> {
            add.hide();
            addBlank();
        }));
        Map<String, List<RecipeEntry>> groups = new LinkedHashMap<>();
        for (RecipeEntry r : recipes) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        groups.forEach((group, entries) -> {
            add.getItems().add(new SeparatorMenuItem());
            Label caption = new Label(group);
            caption.getStyleClass().add("recipe-group");
            javafx.scene.control.CustomMenuItem header = new javafx.scene.control.CustomMenuItem(caption, false);
            header.setDisable(true);
            add.getItems().add(header);
            for (RecipeEntry r : entries) {
                Label label = new Label(r.title());
                Tooltip.install(label, new Tooltip(r.about()));
                javafx.scene.control.CustomMenuItem item = new javafx.scene.control.CustomMenuItem(label);
                item.setId("recipe-" + slug(r.title()));
                item.setOnAction(e -> {
                    add.hide(); // before the dialog opens, not after it closes
                    addRecipe(r);
                });
                add.getItems().add(item);
            }
        });
    }

    public YamlEditor editor() {
        return editor;
    }

    private void sync(Workspace ws) {
        syncing = true;
        try {
            items.setAll(ws.policies());
            String key = model.selectedPolicyProperty().get();
            if (key.isEmpty() && !ws.policies().isEmpty()) {
                key = ws.policies().get(0).key();
                model.selectedPolicyProperty().set(key);
            }
            PolicyDraft selected = ws.policy(key).orElse(null);
            list.getSelectionModel().select(selected);
            editor.setDisable(selected == null);
            String text = selected == null ? "" : selected.yaml();
            if (!editor.getText().equals(text)) {
                editor.setText(text);
            }
            editing.setText(selected == null ? "Select or add a policy to edit its YAML"
                    : "YAML of " + model.policyName(selected) + (selected.enabled() ? "" : " (switched off)"));
        } finally {
            syncing = false;
        }
        showProblems();
    }

    /** The loader's errors at their lines in the editor; the engine's lint below it. */
    private void showProblems() {
        String key = model.selectedPolicyProperty().get();
        PolicyDraft draft = model.workspace().policy(key).orElse(null);
        lint.getChildren().clear();
        if (draft == null) {
            editor.setProblems(List.of());
            return;
        }
        PolicyDrafts.Parsed parsed = model.parsed(draft);
        List<EditorProblem> problems = new ArrayList<>();
        for (Diagnostic d : parsed.problems()) {
            String message = d.path().isEmpty() ? d.message() : d.path() + ": " + d.message();
            int line = Math.max(1, d.position().line());
            int col = Math.max(1, d.position().column());
            problems.add(d.severity() == Severity.ERROR ? EditorProblem.error(line, col, message)
                    : EditorProblem.warning(line, col, message));
        }
        editor.setProblems(problems);
        if (!parsed.valid() && (model.evaluation().policyByDraft().containsKey(key)
                || model.evaluation().clusterPolicyByDraft().containsKey(key))) {
            lint.getChildren().add(note("The canvas shows the last version of this policy that was valid.",
                    "lint-stale"));
        }
        for (LintWarning w : model.evaluation().lintByDraft().getOrDefault(key, List.of())) {
            lint.getChildren().add(note("\u26a0 " + w.fieldPath() + ": " + w.message(), "lint-warning"));
        }
    }

    private static Label note(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("lint-item", styleClass);
        return l;
    }

    private void addBlank() {
        String ns = currentNamespace.get();
        String name = "allow-" + (model.workspace().policies().size() + 1);
        ask("New policy", "A policy to start from: say where it goes and what it selects, then edit its YAML.",
                List.of(PolicyText.blank(name, ns)), "add " + name);
        editor.requestFocus();
    }

    /** A recipe asks for its values (namespace first) in a dialog, and is added only on confirm. */
    private void addRecipe(RecipeEntry r) {
        ask(r.title(), r.about(), r.documents(), "add " + r.title().toLowerCase(java.util.Locale.ROOT));
    }

    private void ask(String title, String about, List<String> documents, String undoText) {
        if (documents.stream().allMatch(d -> model.drafts().parse(d).clusterPolicy().isPresent())) {
            // Cluster-scoped: there is no namespace to ask for; Ctrl+Z takes it back.
            model.addPolicies(undoText, documents);
            return;
        }
        List<io.netpoldojo.engine.model.NetworkPolicy> policies = documents.stream()
                .map(d -> model.drafts().parse(d).policy()).flatMap(java.util.Optional::stream).toList();
        if (policies.size() != documents.size()) {
            // Bundled recipes are checked when content loads; this only guards a broken one.
            model.addPolicies(undoText, documents.stream().map(d -> PolicyText.withNamespace(d, currentNamespace.get()))
                    .toList());
            return;
        }
        RecipeForm form = new RecipeForm(title, about, policies, currentNamespace.get(),
                new io.netpoldojo.ui.playground.model.PolicyBuilder(model).cluster(), ChangePreview.onArrowsOf(model));
        RecipeDialog.show(this, form).ifPresent(docs -> model.addPolicies(undoText, docs));
    }

    private void withSelected(java.util.function.Consumer<String> action) {
        String key = model.selectedPolicyProperty().get();
        if (!key.isEmpty()) {
            action.accept(key);
        }
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button iconButton(String glyph, String id, String tip, Runnable action) {
        Button b = new Button(glyph);
        b.setId(id);
        b.getStyleClass().addAll("flat", "icon-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A list row: the on/off switch, the name and namespace, and its state. */
    private final class PolicyCell extends ListCell<PolicyDraft> {
        private final CheckBox enabled = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label badge = new Label();
        private final Label tier = new Label();
        private final HBox row;

        PolicyCell() {
            name.getStyleClass().add("policy-name");
            detail.getStyleClass().add("policy-detail");
            badge.getStyleClass().add("policy-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            // The tier chip on the detail line: beside the name it pushed the row past a 1024-pixel window's list.
            HBox detailLine = new HBox(6, detail, tier);
            detailLine.setAlignment(Pos.CENTER_LEFT);
            row = new HBox(8, enabled, new VBox(1, name, detailLine), spacer, badge);
            row.setAlignment(Pos.CENTER_LEFT);
            enabled.setOnAction(e -> {
                PolicyDraft d = getItem();
                if (d != null) {
                    model.setPolicyEnabled(d.key(), enabled.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(PolicyDraft d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            String policyName = model.policyName(d);
            setId("policy-" + policyName);
            name.setText(policyName);
            enabled.setSelected(d.enabled());
            enabled.setId("policy-toggle-" + policyName);
            enabled.setAccessibleText("apply " + policyName);
            PolicyDrafts.Parsed parsed = model.parsed(d);
            var policy = model.evaluation().policyByDraft().get(d.key());
            var clusterPolicy = model.evaluation().clusterPolicyByDraft().get(d.key());
            String where = policy != null ? "namespace " + policy.namespace()
                    : clusterPolicy != null ? TierLabels.detail(clusterPolicy) : null;
            detail.setText(where == null ? "not valid yet" : where
                    + (d.enabled() && !model.isApplied(d.key()) ? " \u00b7 not applied yet (stepping)" : ""));
            tier.setGraphic(clusterPolicy == null ? null : TierLabels.chip(clusterPolicy.tier()));
            tier.setVisible(clusterPolicy != null);
            tier.setManaged(clusterPolicy != null);
            int warnings = model.evaluation().lintByDraft().getOrDefault(d.key(), List.of()).size();
            badge.getStyleClass().removeAll("badge-error", "badge-warning");
            if (!parsed.valid()) {
                badge.setText(parsed.errors().size() + " error" + (parsed.errors().size() == 1 ? "" : "s"));
                badge.getStyleClass().add("badge-error");
            } else if (warnings > 0) {
                badge.setText("\u26a0 " + warnings);
                badge.getStyleClass().add("badge-warning");
            } else {
                badge.setText("");
            }
            badge.setVisible(!badge.getText().isEmpty());
            row.setOpacity(d.enabled() ? 1 : 0.6);
            setGraphic(row);
        }
    }
}
