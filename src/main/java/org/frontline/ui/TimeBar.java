package org.frontline.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The time controls: a histogram of claims per week over the date slider, day steps, a date field,
 * play/pause at a chosen speed and the claim time window. The selected date is a property the map
 * follows. Keys (when the bar has focus): Left/Right step a day, Ctrl or Shift with them jump to
 * the previous/next date that has claims. Dragging the slider is debounced; playing steps the date
 * from a {@link Timeline} on the FX thread and the map's merged repaints keep up.
 */
final class TimeBar extends VBox {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final List<Integer> SPEEDS = List.of(1, 3, 7, 14, 30, 90);

    private final Slider slider = new Slider();
    private final Label label = new Label("—");
    private final DatePicker picker = new DatePicker();
    private final Button play = new Button("▶ Play");
    private final ComboBox<Integer> speed = new ComboBox<>();
    private final Spinner<Integer> window = new Spinner<>(1, 3650, 30);
    private final ClaimHistogram histogram = new ClaimHistogram();
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final IntegerProperty windowDays = new SimpleIntegerProperty(this, "windowDays", 30);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(60));
    private final Timeline player = new Timeline();
    private List<LocalDate> claimDates = List.of();

    TimeBar() {
        setId("time-bar");
        getStyleClass().add("time-bar");
        setPadding(new Insets(4, 10, 6, 10));
        slider.setId("date-slider");
        slider.setBlockIncrement(1);
        slider.setMinorTickCount(0);
        label.setId("date-label");
        label.setMinWidth(130);
        Button back = Buttons.of("◀", "day-back", "Previous day (Left)", () -> stepDays(-1));
        Button forward = Buttons.of("▶", "day-forward", "Next day (Right)", () -> stepDays(1));
        picker.setId("date-field");
        picker.setPrefWidth(130);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new IsoDateConverter());
        picker.setOnAction(e -> {
            if (picker.getValue() != null) {
                setDate(picker.getValue());
            }
        });
        play.setId("play");
        play.setMinWidth(80);
        play.setOnAction(e -> togglePlay());
        speed.setId("play-speed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue(7);
        speed.setTooltip(new Tooltip("Days per second"));
        window.setId("time-window");
        window.setEditable(true);
        window.setPrefWidth(80);
        window.setTooltip(new Tooltip("Claims of the last N days are shown as symbols"));
        window.valueProperty().addListener((o, a, v) -> windowDays.set(v));
        windowDays.addListener((o, a, v) -> window.getValueFactory().setValue(v.intValue()));
        VBox track = new VBox(0, histogram, slider);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(8, label, back, track, forward, picker, play, speed, new Label("d/s  window"), window,
                new Label("days"));
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        slider.valueProperty().addListener((o, a, v) -> {
            if (slider.isValueChanging()) {
                debounce.playFromStart();
            } else {
                takeSliderValue();
            }
        });
        slider.valueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                debounce.stop();
                takeSliderValue();
            }
        });
        debounce.setOnFinished(e -> takeSliderValue());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setRange(null, null);
    }

    private void takeSliderValue() {
        LocalDate d = LocalDate.ofEpochDay(Math.round(slider.getValue()));
        if (!d.equals(date.get()) && !slider.isDisabled()) {
            date.set(d);
            label.setText(FORMAT.format(d));
            picker.setValue(d);
            histogram.setSelected(d);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || (e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT)) {
            return;
        }
        int dir = e.getCode() == KeyCode.LEFT ? -1 : 1;
        if (e.isShortcutDown() || e.isShiftDown()) {
            jumpToClaimDate(dir);
        } else {
            stepDays(dir);
        }
        e.consume();
    }

    /** Spans the slider over [first, last] and shows {@code last}; disables it when the store has no dates. */
    void setRange(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            slider.setDisable(true);
            label.setText("No dates");
            date.set(null);
            return;
        }
        slider.setDisable(false);
        slider.setMin(first.toEpochDay());
        slider.setMax(Math.max(first.toEpochDay() + 1, last.toEpochDay()));
        slider.setMajorTickUnit(Math.max(7, (slider.getMax() - slider.getMin()) / 8));
        setDate(last);
        histogram.setData(org.frontline.workspace.ClaimDays.none(), first, last);
    }

    /** Claims per event day: the histogram and the claim-date jumps. */
    void setClaims(org.frontline.workspace.ClaimDays days) {
        claimDates = days.dates();
        histogram.setData(days, LocalDate.ofEpochDay((long) slider.getMin()),
                LocalDate.ofEpochDay((long) slider.getMax()));
    }

    /** Moves to {@code d}, clamped to the slider's span. */
    void setDate(LocalDate d) {
        if (d != null && !slider.isDisabled()) {
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), d.toEpochDay())));
            takeSliderValue();
        }
    }

    void stepDays(int days) {
        if (date.get() != null) {
            setDate(date.get().plusDays(days));
        }
    }

    /** Jumps to the nearest date with claims before ({@code dir} -1) or after (+1) the selected date. */
    void jumpToClaimDate(int dir) {
        LocalDate d = date.get();
        if (d == null) {
            return;
        }
        LocalDate target = null;
        for (LocalDate c : claimDates) {
            if (dir < 0 && c.isBefore(d)) {
                target = c;
            } else if (dir > 0 && c.isAfter(d) && target == null) {
                target = c;
            }
        }
        if (target != null) {
            setDate(target);
        }
    }

    void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the selected date (from the start when at the end) at the chosen days per second. */
    void play() {
        if (date.get() == null) {
            return;
        }
        if (slider.getValue() >= slider.getMax()) {
            slider.setValue(slider.getMin());
        }
        int daysPerSecond = speed.getValue() == null ? 7 : speed.getValue();
        double periodMs = Math.max(1000.0 / daysPerSecond, 40);
        int step = (int) Math.max(1, Math.round(daysPerSecond * periodMs / 1000));
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.millis(periodMs), e -> {
            stepDays(step);
            if (slider.getValue() >= slider.getMax()) {
                pause();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.play();
        playing.set(true);
        play.setText("⏸ Pause");
    }

    void pause() {
        player.stop();
        playing.set(false);
        play.setText("▶ Play");
    }

    /** A converter for date pickers: shows ISO dates, reads ISO or "28 Aug 2023". */
    static javafx.util.StringConverter<LocalDate> isoDates() {
        return new IsoDateConverter();
    }

    /** Dates typed as ISO (2023-08-28) or as "28 Aug 2023"; unreadable text empties the field and keeps the date. */
    private static final class IsoDateConverter extends javafx.util.StringConverter<LocalDate> {
        private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : d.toString();
        }

        @Override
        public LocalDate fromString(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip());
            } catch (java.time.format.DateTimeParseException notIso) {
                try {
                    return LocalDate.parse(s.strip(), SHORT);
                } catch (java.time.format.DateTimeParseException unreadable) {
                    return null; // the field empties: the user sees the date was not taken
                }
            }
        }
    }

    ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How many days up to the selected date the map shows claims of. */
    IntegerProperty windowDaysProperty() {
        return windowDays;
    }

    ComboBox<Integer> speed() {
        return speed;
    }

    DatePicker dateField() {
        return picker;
    }

    Slider slider() {
        return slider;
    }
}
