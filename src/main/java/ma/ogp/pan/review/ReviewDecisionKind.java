package ma.ogp.pan.review;

import ma.ogp.pan.commitment.CommitmentStatus;

/** What the secretariat can decide after a review round, and the status it gives the commitment. */
public enum ReviewDecisionKind {
    ACCEPT(CommitmentStatus.ACCEPTED, "Accepter"),
    REVISE(CommitmentStatus.REVISION_REQUESTED, "Demander une révision"),
    MERGE(CommitmentStatus.MERGED, "Fusionner avec un autre engagement"),
    CANCEL(CommitmentStatus.CANCELLED, "Annuler"),
    AWAIT_DETAILED_FICHE(CommitmentStatus.AWAITING_DETAILED_FICHE, "Attendre une fiche détaillée"),
    AWAIT_CIVIL_SOCIETY_REMARKS(CommitmentStatus.AWAITING_CIVIL_SOCIETY_REMARKS,
            "Attendre les remarques de la société civile");

    private final CommitmentStatus resultingStatus;
    private final String label;

    ReviewDecisionKind(CommitmentStatus resultingStatus, String label) {
        this.resultingStatus = resultingStatus;
        this.label = label;
    }

    /** As the decision forms word it. */
    public String label() {
        return label;
    }

    public CommitmentStatus resultingStatus() {
        return resultingStatus;
    }
}
