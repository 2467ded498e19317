package ma.ogp.pan.review;

import java.util.Set;

/**
 * The committee's decision on one commitment, as the secretariat records it.
 *
 * @param mergeTargetReference the commitment that absorbs this one (MERGE only)
 * @param reason               required for CANCEL, free precision otherwise
 * @param taskId               the consolidation task it answers, decided once
 */
public record ReviewDecision(long commitmentId, ReviewDecisionKind kind, Set<SuggestionKind> requestedChanges,
                             String reason, String mergeTargetReference, String decidedBy, String taskId) {
}
