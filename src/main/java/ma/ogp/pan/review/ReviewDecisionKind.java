package ma.ogp.pan.review;

import ma.ogp.pan.commitment.CommitmentStatus;

/** What the secretariat can decide after a review round, and the status it gives the commitment. */
public enum ReviewDecisionKind {
    ACCEPT(CommitmentStatus.ACCEPTED),
    REVISE(CommitmentStatus.REVISION_REQUESTED),
    MERGE(CommitmentStatus.MERGED),
    CANCEL(CommitmentStatus.CANCELLED),
    AWAIT_DETAILED_FICHE(CommitmentStatus.AWAITING_DETAILED_FICHE),
    AWAIT_CIVIL_SOCIETY_REMARKS(CommitmentStatus.AWAITING_CIVIL_SOCIETY_REMARKS);

    private final CommitmentStatus resultingStatus;

    ReviewDecisionKind(CommitmentStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public CommitmentStatus resultingStatus() {
        return resultingStatus;
    }
}
