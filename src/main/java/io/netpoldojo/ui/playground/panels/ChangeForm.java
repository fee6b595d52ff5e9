package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.PolicyEdits.Placement;
import io.netpoldojo.synthesis.ProposedChange;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a change dialog (ChangeDialog.fxml) asks and shows, with no nodes: optionally the port
 * (checked as it is typed) and where the rules go, and the {@link ProposedChange} that follows from
 * them, recomputed on every edit. The dialog may make the change only when {@link #canApplyProperty}.
 */
public final class ChangeForm {
    static final String NOT_A_PORT =
            "Not a port: use a number from 1 to 65535, optionally /TCP, /UDP or /SCTP (e.g. 8080 or 53/UDP)";

    private final String title;
    private final String applyText;
    private final boolean asksPort;
    private final boolean asksPlacement;
    private final List<String> portChoices;
    private final StringProperty portText = new SimpleStringProperty("");
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(Placement.NEW_POLICY);
    private final ReadOnlyObjectWrapper<ProposedChange> change = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper portProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper();
    private final BiFunction<Port, Placement, ProposedChange> make;

    private ChangeForm(String title, String applyText, boolean asksPort, boolean asksPlacement,
                       List<String> portChoices, String port, BiFunction<Port, Placement, ProposedChange> make) {
        this.title = title;
        this.applyText = applyText;
        this.asksPort = asksPort;
        this.asksPlacement = asksPlacement;
        this.portChoices = List.copyOf(portChoices);
        this.make = make;
        portText.set(port);
        portText.addListener((o, a, b) -> recompute());
        placement.addListener((o, a, b) -> recompute());
        recompute();
    }

    /** A change with nothing to ask: isolate, allow DNS, deny advice. */
    public static ChangeForm fixed(String title, String applyText, ProposedChange change) {
        return new ChangeForm(title, applyText, false, false, List.of(), "", (p, where) -> change);
    }

    /** A change on a port the person types or picks from {@code choices}, {@code port} first. */
    public static ChangeForm onPort(String title, String applyText, List<String> choices, String port,
                                    Function<Port, ProposedChange> make) {
        return new ChangeForm(title, applyText, true, false, choices, port, (p, where) -> make.apply(p));
    }

    /** As {@link #onPort}, and the person chooses whether the rules go in a new policy or an existing one. */
    public static ChangeForm onPortAndPlacement(String title, String applyText, List<String> choices, String port,
                                                BiFunction<Port, Placement, ProposedChange> make) {
        return new ChangeForm(title, applyText, true, true, choices, port, make);
    }

    private void recompute() {
        Optional<Port> port = asksPort ? Port.parse(portText.get() == null ? "" : portText.get())
                : Optional.of(Port.tcp(1)); // not asked: the change does not depend on it
        portProblem.set(port.isPresent() ? "" : NOT_A_PORT);
        change.set(port.map(p -> make.apply(p, placement.get())).orElse(null));
        canApply.set(change.get() != null && !change.get().isEmpty());
    }

    public String title() {
        return title;
    }

    public String applyText() {
        return applyText;
    }

    public boolean asksPort() {
        return asksPort;
    }

    public boolean asksPlacement() {
        return asksPlacement;
    }

    public List<String> portChoices() {
        return portChoices;
    }

    public StringProperty portTextProperty() {
        return portText;
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    /** The change the dialog would make; null while the port is not one. */
    public ReadOnlyObjectProperty<ProposedChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** Why the typed port is not one, or empty. */
    public ReadOnlyStringProperty portProblemProperty() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }
}
