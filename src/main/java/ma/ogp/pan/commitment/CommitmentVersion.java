package ma.ogp.pan.commitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** One fiche d'engagement. Immutable: a revision is the next version, never an update. */
public record CommitmentVersion(int versionNo, String title, String problem, String proposedSolution,
                                Set<OgpValue> ogpValues, List<String> supportingInstitutionCodes,
                                List<Activity> activities, List<String> indicators,
                                String submittedBy, OffsetDateTime submittedAt) {

    /** The same fiche as version {@code number}. */
    public CommitmentVersion withNumber(int number) {
        return new CommitmentVersion(number, title, problem, proposedSolution, ogpValues, supportingInstitutionCodes,
                activities, indicators, submittedBy, submittedAt);
    }
}
