package ma.ogp.pan.commitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** One fiche d'engagement. Immutable: a revision is the next version, never an update. */
public record CommitmentVersion(int versionNo, String title, String problem, String proposedSolution,
                                Set<OgpValue> ogpValues, List<String> supportingInstitutionCodes,
                                List<Activity> activities, List<String> indicators,
                                String submittedBy, OffsetDateTime submittedAt) {
}
