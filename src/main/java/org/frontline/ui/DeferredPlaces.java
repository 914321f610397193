package org.frontline.ui;

import java.util.List;
import java.util.Optional;
import org.frontline.model.Place;
import org.frontline.workspace.PlaceDirectory;

/**
 * The viewer's place directory before and after the gazetteer has loaded: knows no place until
 * {@link #set} hands it the real one. Lets the window open before the gazetteer is read.
 * Thread-safe: the target is swapped atomically.
 */
final class DeferredPlaces implements PlaceDirectory {
    private volatile PlaceDirectory target = PlaceDirectory.empty();

    void set(PlaceDirectory directory) {
        target = directory;
    }

    @Override
    public Optional<Place> byId(long id) {
        return target.byId(id);
    }

    @Override
    public List<Place> search(String text, int max) {
        return target.search(text, max);
    }
}
