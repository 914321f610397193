package org.frontline.workspace;

import java.nio.file.Path;
import java.util.Optional;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Place;
import org.frontline.model.PlaceMention;
import org.frontline.model.Side;
import org.frontline.store.EditRepository;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;
import org.frontline.store.UserEdit;
import org.frontline.store.UserEdit.Field;
import org.frontline.store.UserEdit.Target;

/**
 * The corrections a reviewer makes, each one stored edit in {@code user_edits} (one transaction),
 * undoable and redoable. Callers load a new {@link ClaimCatalog} afterwards to see the effect
 * everywhere. Blocking (SQLite): call from a background thread. Thread-safe (a store per call).
 */
public final class ClaimEditor {
    private final Path storeFile;
    private final EditRepository edits = new EditRepository();
    private final PlaceRepository places = new PlaceRepository();

    public ClaimEditor(Path storeFile) {
        this.storeFile = storeFile;
    }

    /** Resolves a mention (and its claims) to a known place. */
    public UserEdit assignPlace(PlaceMention mention, long placeId) {
        return record(UserEdit.of(Target.MENTION, mention.key(), Field.PLACE_ID,
                mention.placeId() == null ? null : mention.placeId().toString(), Long.toString(placeId)));
    }

    /** Creates a place where the user clicked, named as the mention is written, and resolves the mention to it. */
    public UserEdit placeNew(PlaceMention mention, double lat, double lon) {
        try (Store store = Store.open(storeFile)) {
            return store.inTransaction(c -> {
                Place p = places.addUserPlace(c, mention.text(), lat, lon, "UA");
                return edits.record(c, UserEdit.of(Target.MENTION, mention.key(), Field.PLACE_ID, null,
                        Long.toString(p.id())));
            });
        }
    }

    /** Adds {@code name} as an alias of the place, so future ingests resolve it. */
    public UserEdit addAlias(long placeId, String name) {
        return record(UserEdit.of(Target.PLACE, Long.toString(placeId), Field.ALIAS, null, name.strip()));
    }

    /** Marks a mention as not a territorial claim: its claims disappear. */
    public UserEdit rejectMention(PlaceMention mention) {
        return record(UserEdit.of(Target.MENTION, mention.key(), Field.REJECTED, null, "true"));
    }

    /** Marks a claim as not a claim. */
    public UserEdit rejectClaim(ClaimRecord r) {
        return record(UserEdit.of(Target.CLAIM, r.claim().key(), Field.REJECTED, null, "true"));
    }

    public UserEdit correctType(ClaimRecord r, ClaimType type) {
        return record(UserEdit.of(Target.CLAIM, r.claim().key(), Field.TYPE, r.claim().type().code(), type.code()));
    }

    public UserEdit correctSide(ClaimRecord r, Side side) {
        return record(UserEdit.of(Target.CLAIM, r.claim().key(), Field.SIDE,
                r.claim().side() == null ? null : r.claim().side().name(), side == null ? null : side.name()));
    }

    public UserEdit correctStatus(ClaimRecord r, ClaimStatus status) {
        return record(UserEdit.of(Target.CLAIM, r.claim().key(), Field.STATUS, r.claim().status().code(), status.code()));
    }

    /** Undoes the latest edit in force, if any. */
    public Optional<UserEdit> undo() {
        try (Store store = Store.open(storeFile)) {
            return store.inTransaction(edits::undo);
        }
    }

    /** Redoes the earliest undone edit, if any. */
    public Optional<UserEdit> redo() {
        try (Store store = Store.open(storeFile)) {
            return store.inTransaction(edits::redo);
        }
    }

    /** {edits that can be undone, edits that can be redone}. */
    public int[] depth() {
        try (Store store = Store.open(storeFile)) {
            return store.read(edits::depth);
        }
    }

    private UserEdit record(UserEdit e) {
        try (Store store = Store.open(storeFile)) {
            return store.inTransaction(c -> edits.record(c, e));
        }
    }
}
