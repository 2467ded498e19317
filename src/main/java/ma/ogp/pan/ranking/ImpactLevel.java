package ma.ogp.pan.ranking;

/** The IRM's (older) scale of potential impact, with its score for averages. */
public enum ImpactLevel {
    NONE("Aucun"),
    MINOR("Mineur"),
    MODERATE("Modéré"),
    TRANSFORMATIVE("Transformationnel");

    private final String label;

    ImpactLevel(String label) {
        this.label = label;
    }

    /** As the assessment form words it. */
    public String label() {
        return label;
    }

    public int score() {
        return ordinal();
    }
}
