package org.frontline.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.frontline.render.LayerKind;
import org.frontline.render.LayerStack;

/**
 * The layer list: the topmost layer first, as in GIS tools; a check box shows or hides a layer and
 * the arrows move the selected one up or down. Edits make new {@link LayerStack}s in the session,
 * which the map follows. FX thread only.
 */
final class LayersPanel extends VBox {
    private final ListView<LayerKind> list = new ListView<>();
    private final ObjectProperty<LayerStack> layers;

    LayersPanel(ObjectProperty<LayerStack> layers) {
        this.layers = layers;
        setId("layers-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        list.setId("layers-list");
        list.setPrefHeight(8 * 28 + 4);
        list.setCellFactory(v -> new LayerCell());
        Button up = new Button("▲ Up");
        up.setId("layer-up");
        up.setTooltip(new Tooltip("Draw the selected layer above the one over it (Alt+Up)"));
        up.setOnAction(e -> move(+1));
        Button down = new Button("▼ Down");
        down.setId("layer-down");
        down.setTooltip(new Tooltip("Draw the selected layer below the one under it (Alt+Down)"));
        down.setOnAction(e -> move(-1));
        HBox buttons = new HBox(6, up, down);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, buttons);
        layers.addListener((o, a, s) -> refresh(s));
        refresh(layers.get());
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == javafx.scene.input.KeyCode.UP || e.getCode() == javafx.scene.input.KeyCode.DOWN)) {
                move(e.getCode() == javafx.scene.input.KeyCode.UP ? +1 : -1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                layers.set(layers.get().toggled(list.getSelectionModel().getSelectedItem()));
                e.consume();
            }
        });
    }

    /** Moves the selected layer: +1 draws it later (higher in the list). */
    private void move(int delta) {
        LayerKind k = list.getSelectionModel().getSelectedItem();
        if (k != null) {
            layers.set(layers.get().moved(k, delta));
            list.getSelectionModel().select(k);
        }
    }

    private void refresh(LayerStack s) {
        LayerKind selected = list.getSelectionModel().getSelectedItem();
        List<LayerKind> topFirst = new ArrayList<>(s.order());
        Collections.reverse(topFirst);
        list.getItems().setAll(topFirst);
        if (selected != null) {
            list.getSelectionModel().select(selected);
        }
    }

    private final class LayerCell extends ListCell<LayerKind> {
        private final CheckBox box = new CheckBox();

        LayerCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    layers.set(layers.get().withVisible(getItem(), box.isSelected()));
                }
            });
        }

        @Override
        protected void updateItem(LayerKind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // The label is the cell's, so clicking it selects the row; the box only toggles.
            setText(item.label());
            box.setId("layer-" + item.name());
            box.setSelected(layers.get().visible(item));
            setGraphic(box);
        }
    }
}
