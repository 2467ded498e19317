package ma.ogp.pan.commitment;

/** A draft commitment as listed: identity, owner, status and the title of its current version. */
public record Commitment(Long id, long planId, String reference, int number, String leadInstitutionCode,
                         String leadInstitutionName, CommitmentStatus status, String title, int currentVersionNo) {
}
