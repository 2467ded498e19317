package ma.ogp.pan.consultation;

/** What one commitment received in a closed consultation. */
public record Consolidation(ConsultedCommitment commitment, int received, int approved) {
}
