package org.frontline.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every command also has a keyboard shortcut. */
final class MainMenu {
    private final MenuBar bar = new MenuBar();

    MainMenu(Runnable fitAll, Runnable about, Runnable quit) {
        MenuItem quitItem = item("Quit", "Shortcut+Q", quit);
        Menu file = new Menu("_File", null, quitItem);
        Menu view = new Menu("_View", null, item("Fit Ukraine", "Shortcut+0", fitAll));
        Menu help = new Menu("_Help", null, item("About Frontline", "F1", about));
        bar.getMenus().addAll(file, view, help);
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
