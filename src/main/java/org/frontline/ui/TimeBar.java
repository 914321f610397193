package org.frontline.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The date slider spanning the store's dates, with day steps. The selected date is a property the
 * map follows.
 */
final class TimeBar extends HBox {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Slider slider = new Slider();
    private final Label label = new Label("—");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");

    TimeBar() {
        setId("time-bar");
        getStyleClass().add("time-bar");
        setSpacing(8);
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("date-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(365);
        slider.setMinorTickCount(0);
        HBox.setHgrow(slider, Priority.ALWAYS);
        label.setId("date-label");
        label.setMinWidth(130);
        Button back = new Button("◀");
        back.setId("day-back");
        back.setOnAction(e -> slider.setValue(slider.getValue() - 1));
        Button forward = new Button("▶");
        forward.setId("day-forward");
        forward.setOnAction(e -> slider.setValue(slider.getValue() + 1));
        getChildren().addAll(label, back, slider, forward);
        slider.valueProperty().addListener((o, a, v) -> {
            LocalDate d = LocalDate.ofEpochDay(Math.round(v.doubleValue()));
            if (!d.equals(date.get()) && !slider.isDisabled()) {
                date.set(d);
                label.setText(FORMAT.format(d));
            }
        });
        setRange(null, null);
    }

    /** Spans the slider over [first, last]; disables it when the store has no dates. */
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
        slider.setValue(last.toEpochDay());
        date.set(last);
        label.setText(FORMAT.format(last));
    }

    ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    Slider slider() {
        return slider;
    }
}
