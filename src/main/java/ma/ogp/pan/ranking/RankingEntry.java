package ma.ogp.pan.ranking;

/**
 * A commitment's place in the ranking, with what the decision table was given and what it said.
 *
 * @param category TRANSFORMATIVE, MODERATE, MINOR, NONE, NOT_VERIFIABLE or NOT_ASSESSED
 */
public record RankingEntry(long commitmentId, String reference, int position, String category, boolean retained,
                           double rankScore, ImpactLevel medianImpact, int relevanceCount, double civilSocietyScore,
                           int assessments) {

    /** The category as the committee reads it: an impact level's label, or why there is none. */
    public String categoryLabel() {
        return switch (category) {
            case "NOT_VERIFIABLE" -> "Non vérifiable";
            case "NOT_ASSESSED" -> "Non évalué";
            default -> ImpactLevel.valueOf(category).label();
        };
    }
}
