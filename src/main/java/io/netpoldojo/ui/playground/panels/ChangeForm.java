package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.Port;
import io.netpoldojo.synthesis.PolicyEdits.Placement;
import io.netpoldojo.synthesis.ProposedChange;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
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

    /** One way to make a change, of two or more the person chooses between (deny: isolate, or cluster-wide). */
    public record Way(String label, String applyText, ProposedChange change) {}

    private final String title;
    private final ReadOnlyStringWrapper applyText = new ReadOnlyStringWrapper();
    private final List<Way> ways;
    private final javafx.beans.property.IntegerProperty way = new javafx.beans.property.SimpleIntegerProperty();
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
        this(title, applyText, asksPort, asksPlacement, portChoices, port, make, List.of());
    }

    private ChangeForm(String title, String applyText, boolean asksPort, boolean asksPlacement,
                       List<String> portChoices, String port, BiFunction<Port, Placement, ProposedChange> make,
                       List<Way> ways) {
        this.title = title;
        this.applyText.set(applyText);
        this.ways = List.copyOf(ways);
        this.asksPort = asksPort;
        this.asksPlacement = asksPlacement;
        this.portChoices = List.copyOf(portChoices);
        this.make = ways.isEmpty() ? make : (p, where) -> this.ways.get(way.get()).change();
        portText.set(port);
        portText.addListener((o, a, b) -> recompute());
        placement.addListener((o, a, b) -> recompute());
        way.addListener((o, a, b) -> {
            this.applyText.set(this.ways.get(b.intValue()).applyText());
            recompute();
        });
        recompute();
    }

    /**
     * A change with nothing to ask but which way to make it: the first way that changes anything
     * is chosen to begin with.
     */
    public static ChangeForm ways(String title, List<Way> ways) {
        List<Way> copy = List.copyOf(ways);
        ChangeForm form = new ChangeForm(title, copy.get(0).applyText(), false, false, List.of(), "",
                (p, where) -> copy.get(0).change(), copy);
        IntStream.range(0, copy.size()).filter(i -> !copy.get(i).change().isEmpty()).findFirst()
                .ifPresent(form.way::set);
        return form;
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
        return applyText.get();
    }

    /** The apply button's words, which follow the way chosen. */
    public ReadOnlyStringProperty applyTextProperty() {
        return applyText.getReadOnlyProperty();
    }

    /** The ways to choose between; empty when there is one way only. */
    public List<Way> ways() {
        return ways;
    }

    /** The index of the way chosen in {@link #ways()}. */
    public javafx.beans.property.IntegerProperty wayProperty() {
        return way;
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
