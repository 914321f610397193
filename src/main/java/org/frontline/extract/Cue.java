package org.frontline.extract;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of a rule file: a word pattern, what it stands for, and its flags. Immutable.
 *
 * <p>Written in rule files as {@code "pattern | flag flag scope=N"}. Flags used by triggers:
 * {@code place-before} (the place may precede the trigger: "X fell", "X was attacked"),
 * {@code agent-after} (the acting side is named after the trigger: "fell to Russian forces",
 * "attacked by"), {@code patient} (the side named is the one that loses or resists:
 * "Ukrainian troops are surrounded"), {@code no-side} (says nothing about who attacks:
 * "fighting"), {@code weak} (a less certain reading). {@code scope=N} bounds how many words
 * away a cue still applies: for a negation or forecast, from the trigger; for a trigger, between
 * it and its place ({@code "took | scope=0"}: "took Avdiivka" but not "took a train to Kharkiv").
 *
 * @param pattern the words to match
 * @param label   what the cue stands for: a claim type code, a side, a claimant name, or empty
 * @param flags   flags as written, lower case
 * @param scope   reach in words, or -1 for the default of the cue's list
 */
public record Cue(CuePattern pattern, String label, Set<String> flags, int scope) {
    public Cue {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(label, "label");
        flags = Set.copyOf(flags);
    }

    /** Parses {@code "pattern | flags"} as written in a rule file. */
    public static Cue parse(String entry, String label) {
        int bar = entry.indexOf('|');
        String words = bar < 0 ? entry : entry.substring(0, bar);
        Set<String> flags = new java.util.HashSet<>();
        int scope = -1;
        if (bar >= 0) {
            for (String f : entry.substring(bar + 1).trim().split("\\s+")) {
                if (f.startsWith("scope=")) {
                    scope = Integer.parseInt(f.substring("scope=".length()));
                } else if (!f.isEmpty()) {
                    flags.add(f.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return new Cue(CuePattern.parse(words), label, flags, scope);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The scope of this cue, or {@code fallback} when the rule file gives none. */
    public int scopeOr(int fallback) {
        return scope >= 0 ? scope : fallback;
    }
}
