package org.frontline.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.geo.MapProjection;
import org.frontline.render.AreaLayer;
import org.frontline.render.ClaimView;
import org.frontline.render.ViewState;
import org.frontline.workspace.Workspace;
import org.locationtech.jts.geom.Geometry;

/**
 * The claimed control areas and front line at one date, taken from the workspace's scene for a view
 * of the whole basemap (so they are exactly what the viewer draws) and turned back from map metres
 * into WGS84 longitude/latitude. Immutable.
 *
 * @param date      the date
 * @param view      whose claims the areas follow
 * @param areas     non-empty areas: RU held, UA held, contested
 * @param frontLine the front line in longitude/latitude, possibly empty
 */
public record ControlAreasAt(LocalDate date, ClaimView view, List<ControlArea> areas, Geometry frontLine) {
    /** Size of the notional view the areas are asked for; only its extent matters. */
    private static final int VIEW_PIXELS = 2000;

    public ControlAreasAt {
        areas = List.copyOf(areas);
    }

    public static ControlAreasAt of(Workspace workspace, LocalDate date, ClaimView view) {
        org.locationtech.jts.geom.Envelope extent = workspace.basemap().extent();
        if (extent == null || extent.isNull()) {
            extent = LonLatBox.UKRAINE_REGION.projected(); // a workspace with an empty basemap (tests, a damaged install)
        }
        ViewState v = ViewState.fitting(extent, VIEW_PIXELS, VIEW_PIXELS, date, view);
        AreaLayer layer = workspace.sceneFor(v).areas();
        MapProjection p = MapProjection.lcc();
        List<ControlArea> out = new ArrayList<>();
        add(out, "RU", "held", layer.russianHeld(), p);
        add(out, "UA", "held", layer.ukrainianHeld(), p);
        add(out, null, "contested", layer.contested(), p);
        return new ControlAreasAt(date, view, out, p.unproject(layer.frontLine()));
    }

    private static void add(List<ControlArea> out, String side, String status, Geometry projected, MapProjection p) {
        if (projected != null && !projected.isEmpty()) {
            out.add(new ControlArea(side, status, p.unproject(projected), projected.getArea() / 1e6));
        }
    }
}
