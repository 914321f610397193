package org.frontline.store;

import java.util.Locale;
import java.util.Objects;

/**
 * One correction made by the user, stored apart from extracted data in {@code user_edits} and keyed
 * by a stable key so that it survives re-ingest. Immutable.
 *
 * @param id        store id (0 before it is stored)
 * @param target    what is corrected
 * @param targetKey a claim key, a mention key, or a place id for aliases
 * @param field     the corrected field
 * @param oldValue  the value before, or null
 * @param newValue  the value after, or null
 * @param undone    true once undone (it then waits on the redo stack)
 */
public record UserEdit(long id, Target target, String targetKey, Field field, String oldValue, String newValue,
                       boolean undone) {
    /** What an edit applies to. */
    public enum Target {
        CLAIM, MENTION, PLACE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The field an edit changes. */
    public enum Field {
        /** Claim type code. */
        TYPE,
        /** Side code, or null for none. */
        SIDE,
        /** Claim status code. */
        STATUS,
        /** "true": the claim or mention is not a territorial claim. */
        REJECTED,
        /** The mention's (and its claims') place id. */
        PLACE_ID,
        /** A new alias name of the place with id {@code targetKey}. */
        ALIAS;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public UserEdit {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(field, "field");
    }

    public static UserEdit of(Target target, String key, Field field, String oldValue, String newValue) {
        return new UserEdit(0, target, key, field, oldValue, newValue, false);
    }

    /** A short description for menus and notifications, e.g. "side of claim … to UA". */
    public String describe() {
        String what = field == Field.ALIAS ? "alias “" + newValue + "”"
                : field == Field.REJECTED ? "rejection of a " + target.code()
                : field.code().replace('_', ' ') + " → " + (newValue == null ? "none" : newValue);
        return what;
    }
}
