package ma.ogp.pan.review;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One remark on one version of a commitment in a review round ({@code roundNo}), by a reviewer
 * ({@code authorLogin}) or recorded in a meeting ({@code meetingId}); a meeting later takes a reviewer's remark for
 * its minutes.
 */
public record Observation(long commitmentId, int versionNo, int roundNo, Long meetingId, String authorLogin, String text,
                          Set<SuggestionKind> suggestions, ReviewDecisionKind recommendedDecision,
                          OffsetDateTime createdAt) {
}
