package org.frontline.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Small buttons with an id (for tests and styling), a tooltip and an action. */
final class Buttons {
    private Buttons() {
    }

    static Button of(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
