package dev.wafer.retrieval.sourcing;

import java.util.Locale;
import java.util.Optional;

/**
 * What a reported claim rests on, as its article tells it.
 *
 * @param kind the kind of source
 * @param via  the outlet whose report the claim is taken from ("The Information" in "…, The
 *             Information reported, citing people familiar"), or null when the article reports it itself
 * @param note what the subject said about it when that is not the claim itself ("Nvidia declined to
 *             comment", "Samsung denied it"), or null
 */
public record Sourcing(Kind kind, String via, String note) {

    /** Kinds of source, the ones that settle a claim first. */
    public enum Kind {
        /** The company, a regulator or a court said so: a statement, filing, press release, results, ruling. */
        OFFICIAL("official"),
        /** A person named with their role said so. */
        NAMED("named source"),
        /** Unnamed people: "people familiar with the matter", "sources said", insiders, leakers. */
        ANONYMOUS("anonymous"),
        /** A forecast or estimate: analysts, research firms, "expected to", "could". */
        ESTIMATE("estimate"),
        /** The subject of the claim denied it. */
        DENIED("denied"),
        /** The outlet states it and names no source. */
        REPORTED("reported");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The label a reader sees: "official", "named source", "anonymous"… */
        public String label() {
            return label;
        }

        /** The kind for a label or constant name ("named source", "NAMED", "named"). */
        public static Optional<Kind> parse(String text) {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.label.equals(wanted) || kind.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Sourcing {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        via = via == null || via.isBlank() ? null : via.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static Sourcing of(Kind kind) {
        return new Sourcing(kind, null, null);
    }

    public Optional<String> viaOutlet() {
        return Optional.ofNullable(via);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    /**
     * What a reader of a one-line listing (a timeline event, a digest story) should be told about this
     * claim's footing, when it is weaker than the outlet's or a named person's word: "citing unnamed
     * sources", "an estimate", "denied". Official, named and plainly reported claims need no caveat.
     */
    public Optional<String> caveat() {
        return switch (kind) {
            case ANONYMOUS -> Optional.of(via == null ? "citing unnamed sources" : "citing unnamed sources, via " + via);
            case ESTIMATE -> Optional.of("an estimate");
            case DENIED -> Optional.of(note == null ? "denied by its subject" : note);
            case OFFICIAL, NAMED, REPORTED -> Optional.empty();
        };
    }

    /** True when the claim rests on no one who could be held to it: unnamed sources only. */
    public boolean unconfirmed() {
        return kind == Kind.ANONYMOUS;
    }
}
