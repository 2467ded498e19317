package ma.ogp.pan.adoption;

import java.time.OffsetDateTime;
import java.util.List;

import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.plan.ActionPlan;

/** The adopted plan: its commitments in rank order, each at the version the adoption froze. */
public record PlanDocument(ActionPlan plan, OffsetDateTime adoptedAt, List<Entry> commitments) {

    public record Entry(int position, String reference, String leadInstitution, List<String> supportingInstitutions,
                        CommitmentVersion fiche) {
    }
}
