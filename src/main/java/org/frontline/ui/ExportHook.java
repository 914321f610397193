package org.frontline.ui;

import javafx.stage.Window;
import org.frontline.render.ViewState;
import org.frontline.workspace.DisplaySettings;
import org.frontline.workspace.Workspace;

/**
 * What File › Export… calls: the export dialog of {@code org.frontline.export}, wired by the
 * application. It gets what is on screen (view, display settings with the corrected claims, the
 * filter and the layers) so that the export shows what the user sees. Called on the FX thread;
 * long work must go to the background.
 */
@FunctionalInterface
public interface ExportHook {
    void export(Window owner, Workspace workspace, ViewState view, DisplaySettings display);
}
