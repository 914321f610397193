package org.frontline.workspace;

import org.frontline.render.MapScene;
import org.frontline.render.ViewState;

/**
 * The viewer's scenes: the workspace's scene of a view (basemap, control areas, settlements) with
 * the viewer's display settings laid over it: claim symbols from the corrected catalog through the
 * claim filter, the time window and the claimant view; unplaced claims in the corner list; and the
 * user's layer stack. Stateless and thread-safe (runs on the render thread).
 *
 * <p>Integration note: once {@code Workspace.sceneFor} draws claims itself, it should take the
 * same {@link DisplaySettings} and use {@link ClaimCatalog#marks}, and this class can go.
 */
public final class ViewerScenes {
    private final Workspace workspace;

    public ViewerScenes(Workspace workspace) {
        this.workspace = workspace;
    }

    public MapScene sceneFor(ViewState view, DisplaySettings display) {
        MapScene base = workspace.sceneFor(view);
        ClaimCatalog c = display.catalog();
        return new MapScene(base.basemap(), base.areas(), base.reference(),
                c.marks(display.filter(), view.date(), view.view(), display.selected()), base.settlements(),
                c.unresolvedMarks(display.filter(), view.date(), view.view()), display.layers(), base.decorations());
    }
}
