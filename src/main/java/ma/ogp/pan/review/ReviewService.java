package ma.ogp.pan.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.process.FormInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee review of a commitment: reviewers, observations, missing reviews and the decision. */
@Service
@Transactional
public class ReviewService {

    private static final Set<CommitmentStatus> FINAL = Set.of(CommitmentStatus.MERGED, CommitmentStatus.CANCELLED,
            CommitmentStatus.ADOPTED, CommitmentStatus.NOT_RETAINED);

    private final CommitmentRepository commitments;
    private final ObservationRepository observations;
    private final ReviewRepository reviews;
    private final CommitteeRepository committee;
    private final Clock clock;

    ReviewService(CommitmentRepository commitments, ObservationRepository observations, ReviewRepository reviews,
                  CommitteeRepository committee, Clock clock) {
        this.clock = clock;
        this.commitments = commitments;
        this.observations = observations;
        this.reviews = reviews;
        this.committee = committee;
    }

    /** Who reviews the next round: the whole committee, or only civil society when its remarks are awaited. */
    @Transactional(readOnly = true)
    public List<String> reviewers(long planId, boolean civilSocietyOnly) {
        return civilSocietyOnly
                ? committee.findLogins(planId, PlanRole.COMMITTEE_CIVIL_SOCIETY)
                : committee.findLogins(planId, PlanRole.COMMITTEE_GOVERNMENT, PlanRole.COMMITTEE_CIVIL_SOCIETY);
    }

    /** The number of the next review round: how many decisions were taken before it. */
    @Transactional(readOnly = true)
    public int nextRound(long commitmentId) {
        return reviews.findDecisionKinds(commitmentId).size();
    }

    public void recordObservation(long commitmentId, int round, String reviewer, String text,
                                  Set<SuggestionKind> suggestions, ReviewDecisionKind recommended) {
        if (text == null || text.isBlank()) {
            throw new FormInputException("observationText", "Les observations sont obligatoires");
        }
        if (recommended == null) {
            throw new FormInputException("recommendedDecision", "Choisissez une décision recommandée");
        }
        Commitment commitment = commitments.getById(commitmentId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        observations.add(new Observation(commitmentId, commitment.currentVersionNo(), round, null, reviewer, text.strip(),
                suggestions, recommended, now));
        reviews.recordParticipation(commitmentId, currentVersionId(commitment), round, reviewer, true, now);
    }

    /** Closes the round: records when, and every reviewer of the round who sent nothing; returns them. */
    public List<String> recordMissingReviews(long commitmentId, int round, Collection<String> reviewers) {
        Commitment commitment = commitments.getById(commitmentId);
        long versionId = currentVersionId(commitment);
        OffsetDateTime now = OffsetDateTime.now(clock);
        reviews.closeRound(commitmentId, round, now);
        List<String> submitted = reviews.findSubmittedReviewers(commitmentId, round);
        List<String> missing = new ArrayList<>();
        for (String reviewer : reviewers) {
            if (!submitted.contains(reviewer)) {
                reviews.recordParticipation(commitmentId, versionId, round, reviewer, false, now);
                missing.add(reviewer);
            }
        }
        return missing;
    }

    /**
     * Records the decision and gives the commitment its new status; refuses an incomplete decision with a 400.
     *
     * @return the id of the absorbing commitment for a MERGE, else null
     */
    public Long decide(ReviewDecision decision) {
        if (decision.kind() == null) {
            throw new FormInputException("decision", "Choisissez la décision du comité");
        }
        Commitment commitment = commitments.getById(decision.commitmentId());
        if (FINAL.contains(commitment.status())) {
            throw new FormInputException("decision", "L'engagement " + commitment.reference() + " est déjà "
                    + commitment.status().label().toLowerCase());
        }
        Long mergeTargetId = null;
        switch (decision.kind()) {
            case REVISE -> {
                if (decision.requestedChanges().isEmpty()) {
                    throw new FormInputException("requestedChanges", "Indiquez au moins une modification demandée");
                }
            }
            case CANCEL -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw new FormInputException("decisionReason", "Le motif de l'annulation est obligatoire");
                }
            }
            case MERGE -> mergeTargetId = mergeTarget(commitment, decision.mergeTargetReference()).id();
            default -> { }
        }
        try {
            reviews.insertDecision(decision, currentVersionId(commitment), mergeTargetId, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new FormInputException("decision", "Cette décision vient d'être enregistrée par quelqu'un d'autre "
                    + "pour " + commitment.reference() + " : rechargez la liste des tâches");
        }
        if (mergeTargetId != null) {
            commitments.markMerged(commitment.id(), mergeTargetId, decision.reason());
        } else {
            commitments.updateStatus(commitment.id(), decision.kind().resultingStatus(), decision.reason());
        }
        return mergeTargetId;
    }

    @Transactional(readOnly = true)
    public List<String> observationLines(long commitmentId) {
        return observations.findSummaryLines(commitmentId);
    }

    @Transactional(readOnly = true)
    public List<String> missingReviewers(long commitmentId) {
        return reviews.findMissingReviewersOfLatestRound(commitmentId);
    }

    @Transactional(readOnly = true)
    public Set<SuggestionKind> latestRequestedChanges(long commitmentId) {
        return reviews.findLatestRequestedChanges(commitmentId);
    }

    @Transactional(readOnly = true)
    public List<ReviewDecisionKind> decisions(long commitmentId) {
        return reviews.findDecisionKinds(commitmentId);
    }

    private Commitment mergeTarget(Commitment absorbed, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new FormInputException("mergeTargetReference", "Indiquez l'engagement cible de la fusion");
        }
        Commitment target = commitments.findByReference(reference.strip())
                .orElseThrow(() -> new FormInputException("mergeTargetReference", "Engagement inconnu : " + reference));
        if (target.id().equals(absorbed.id()) || target.planId() != absorbed.planId()
                || FINAL.contains(target.status())) {
            throw new FormInputException("mergeTargetReference", "Impossible de fusionner " + absorbed.reference() + " dans "
                    + target.reference() + " : la cible doit être un autre engagement en cours du même plan");
        }
        return target;
    }

    private long currentVersionId(Commitment commitment) {
        return commitments.versionId(commitment.id(), commitment.currentVersionNo());
    }
}
