package ma.ogp.pan.review;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One remark on one version of a commitment, by a reviewer ({@code authorLogin}) or recorded in a meeting
 * ({@code meetingId}).
 */
public record Observation(long commitmentId, int versionNo, Long meetingId, String authorLogin, String text,
                          Set<SuggestionKind> suggestions, ReviewDecisionKind recommendedDecision,
                          OffsetDateTime createdAt) {
}
