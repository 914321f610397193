package org.frontline.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Claims per week as bars over the date slider's span, with the selected date marked. Resizes with
 * its parent; redraws on the FX thread (a few hundred bars at most).
 */
final class ClaimHistogram extends Pane {
    private final Canvas canvas = new Canvas();
    private TreeMap<LocalDate, Integer> weeks = new TreeMap<>();
    private LocalDate first;
    private LocalDate last;
    private LocalDate selected;

    ClaimHistogram() {
        setId("claim-histogram");
        setPrefHeight(36);
        setMinHeight(36);
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /** The claims per event day and the slider's span. */
    void setData(org.frontline.workspace.ClaimDays days, LocalDate spanFirst, LocalDate spanLast) {
        TreeMap<LocalDate, Integer> w = new TreeMap<>();
        days.forEach((d, n) -> w.merge(weekOf(d), n, Integer::sum));
        weeks = w;
        first = spanFirst;
        last = spanLast;
        redraw();
    }

    void setSelected(LocalDate d) {
        selected = d;
        redraw();
    }

    /** Claims counted in the week (Monday first) of {@code d}. */
    int countInWeekOf(LocalDate d) {
        return weeks.getOrDefault(weekOf(d), 0);
    }

    static LocalDate weekOf(LocalDate d) {
        return d.with(DayOfWeek.MONDAY);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private double xOf(LocalDate d, double w) {
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        // The slider's thumb travels over its width minus the thumb; 7 px each side is close enough.
        return 7 + (w - 14) * ChronoUnit.DAYS.between(first, d) / (double) span;
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (first == null || last == null || w <= 0) {
            return;
        }
        int max = weeks.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double perWeek = Math.max(1.5, (w - 14) * 7 / Math.max(7, ChronoUnit.DAYS.between(first, last)) - 1);
        g.setFill(Color.web("#8c7f6a"));
        weeks.forEach((week, n) -> {
            double bh = (h - 4) * n / max;
            g.fillRect(xOf(week, w), h - bh, perWeek, bh);
        });
        if (selected != null) {
            double x = xOf(selected, w);
            g.setStroke(Color.web("#c62828"));
            g.setLineWidth(1.5);
            g.strokeLine(x, 0, x, h);
        }
    }
}
