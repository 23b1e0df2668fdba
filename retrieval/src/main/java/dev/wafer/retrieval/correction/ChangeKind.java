package dev.wafer.retrieval.correction;

/** How a later report changes a claim an answer cited. */
public enum ChangeKind {
    /** The same event with another figure: a forecast raised, a grant cut, a spec corrected. */
    REVISED("figure revised"),
    /** A decision undone: a plan scrapped, a ban lifted, production resumed. */
    REVERSED("decision reversed"),
    /** The same event on another date: a launch delayed or brought forward. */
    MOVED("date moved"),
    /** The subject of the report denied it. */
    DENIED("report denied");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** What a reader is told changed: "figure revised", "report denied"… */
    public String label() {
        return label;
    }
}
