package org.frontline.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.frontline.render.ClaimView;

/** The menu bar; every command also has a keyboard shortcut. */
final class MainMenu {
    /** The commands the menus run. */
    record Commands(Runnable importArticles, Runnable export, Runnable exportSeries, Runnable quit, Runnable undo, Runnable redo,
                    ObservableBooleanValue canUndo, ObservableBooleanValue canRedo, Runnable find, Runnable fitAll,
                    ObjectProperty<ClaimView> claimView, Runnable togglePlay, Runnable previousDay, Runnable nextDay,
                    Runnable previousClaimDate, Runnable nextClaimDate, Runnable goToDate, Consumer<String> showTab,
                    Runnable focusTable, Runnable about) {
    }

    private final MenuBar bar = new MenuBar();

    MainMenu(Commands c) {
        Menu file = new Menu("_File", null,
                item("Import articles…", "Shortcut+I", c.importArticles()),
                item("Export…", "Shortcut+E", c.export()),
                item("Export date series…", "Shortcut+Shift+E", c.exportSeries()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", c.quit()));
        MenuItem undo = item("Undo", "Shortcut+Z", c.undo());
        undo.setId("menu-undo");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(c.canUndo()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", c.redo());
        redo.setId("menu-redo");
        redo.disableProperty().bind(javafx.beans.binding.Bindings.not(c.canRedo()));
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), item("Find place…", "Shortcut+F", c.find()));
        Menu view = new Menu("_View", null, item("Fit Ukraine", "Shortcut+0", c.fitAll()), new SeparatorMenuItem());
        ToggleGroup views = new ToggleGroup();
        int n = 1;
        for (ClaimView v : ClaimView.values()) {
            RadioMenuItem r = new RadioMenuItem(v.label());
            r.setId("menu-view-" + v.code());
            r.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n++));
            r.setToggleGroup(views);
            r.setSelected(c.claimView().get() == v);
            r.setOnAction(e -> c.claimView().set(v));
            c.claimView().addListener((o, a, b) -> r.setSelected(b == v));
            view.getItems().add(r);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Layers", "Shortcut+Shift+L", () -> c.showTab().accept("layers")),
                item("Legend", "Shortcut+Shift+G", () -> c.showTab().accept("legend")),
                item("Review queue", "Shortcut+Shift+R", () -> c.showTab().accept("review")),
                item("Claims table", "Shortcut+T", c.focusTable()));
        Menu time = new Menu("_Time", null,
                item("Play / Pause", "Shortcut+P", c.togglePlay()),
                item("Previous day", "Alt+Left", c.previousDay()),
                item("Next day", "Alt+Right", c.nextDay()),
                item("Previous claim date", "Shortcut+Left", c.previousClaimDate()),
                item("Next claim date", "Shortcut+Right", c.nextClaimDate()),
                item("Go to date…", "Shortcut+G", c.goToDate()));
        Menu help = new Menu("_Help", null, item("About Frontline", "F1", c.about()));
        bar.getMenus().addAll(file, edit, view, time, help);
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    MenuBar bar() {
        return bar;
    }
}
