package ma.ogp.pan.ranking;

/** The IRM's (older) scale of potential impact, with its score for averages. */
public enum ImpactLevel {
    NONE,
    MINOR,
    MODERATE,
    TRANSFORMATIVE;

    public int score() {
        return ordinal();
    }
}
