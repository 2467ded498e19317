package ma.ogp.pan.ranking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.PersonNames;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.process.FormInputException;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the members' assessments and ranks the commitments. Java only aggregates (majority, median, means); the
 * classification and the order come from the decision table {@code commitment-classification}.
 */
@Service
@Transactional
public class RankingService {

    static final String DECISION = "commitment-classification";
    private static final String SHEET = "assessments";

    private final AssessmentRepository assessments;
    private final CommitmentRepository commitments;
    private final DecisionService decisions;
    private final Clock clock;
    private final PersonNames names;

    RankingService(AssessmentRepository assessments, CommitmentRepository commitments, DecisionService decisions,
                   Clock clock, PersonNames names) {
        this.assessments = assessments;
        this.commitments = commitments;
        this.decisions = decisions;
        this.clock = clock;
        this.names = names;
    }

    public void assess(ImpactAssessment assessment) {
        if (assessment.impact() == null) {
            throw new FormInputException("impact", "Choisissez l'impact potentiel");
        }
        if (assessment.justification() == null || assessment.justification().isBlank()) {
            throw new FormInputException("justification", "Justifiez votre évaluation en quelques mots");
        }
        Commitment commitment = commitments.getById(assessment.commitmentId());
        assessments.insert(assessment, commitments.versionId(commitment.id(), commitment.currentVersionNo()),
                OffsetDateTime.now(clock));
    }

    /** The commitments the committee accepted and that wait for the ranking. */
    @Transactional(readOnly = true)
    public List<Commitment> inTheRunning(long planId) {
        return commitments.findByPlan(planId).stream().filter(c -> c.status() == CommitmentStatus.ACCEPTED).toList();
    }

    /**
     * Records one member's sheet, all or nothing; a refusal names the commitment. A member who assessed nothing is
     * recorded as missing.
     */
    public void assessAll(long planId, String assessor, List<ImpactAssessment> sheet) {
        Set<Long> running = inTheRunning(planId).stream().map(Commitment::id).collect(Collectors.toSet());
        for (ImpactAssessment assessment : sheet) {
            String reference = commitments.getById(assessment.commitmentId()).reference();
            if (!running.contains(assessment.commitmentId())) {
                throw new FormInputException(SHEET, reference + " n'est pas en lice pour le classement");
            }
            try {
                assess(assessment);
            } catch (FormInputException e) {
                throw new FormInputException(SHEET, reference + " : " + e.getMessage().replaceFirst(" \\(\\w+\\)$", ""));
            }
        }
        if (sheet.isEmpty()) {
            recordMissing(planId, List.of(assessor));
        }
    }

    /** Records the members who assessed none of the plan's commitments: the ranking goes on without them. */
    public void recordMissing(long planId, Collection<String> assessors) {
        Set<String> assessed = Set.copyOf(assessments.findAssessorLogins(planId));
        assessors.stream().filter(a -> !assessed.contains(a))
                .forEach(a -> assessments.insertMissing(planId, a, OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<String> missingAssessors(long planId) {
        return names.of(assessments.findMissing(planId));
    }

    /** The recorded ranking, one line per commitment with each member's scores. */
    @Transactional(readOnly = true)
    public List<String> rankingLines(long planId) {
        return assessments.findRanking(planId).stream().map(e -> e.position() + ". " + e.reference() + " · "
                + commitments.getById(e.commitmentId()).title() + " — " + e.categoryLabel()
                + (e.retained() ? " (proposé)" : " (écarté)") + ", médiane " + e.medianImpact().label()
                + ", pertinence " + e.relevanceCount() + ", société civile " + "%.1f".formatted(e.civilSocietyScore())
                + "\n    " + assessments.findByCommitment(e.commitmentId()).stream()
                .map(a -> names.of(a.assessorLogin()) + " : " + a.impact().label() + (a.verifiable() ? "" : " (non vérifiable)"))
                .collect(Collectors.joining(" ; "))).toList();
    }

    @Transactional(readOnly = true)
    public List<RankingEntry> ranking(long planId) {
        return assessments.findRanking(planId);
    }

    /** Ranks these commitments of the plan and records the ranking; the best first. */
    public List<RankingEntry> rank(long planId, List<Long> commitmentIds) {
        List<RankingEntry> unordered = new ArrayList<>();
        for (long id : commitmentIds) {
            unordered.add(classify(commitments.getById(id), assessments.findByCommitment(id)));
        }
        unordered.sort(Comparator.comparing(RankingEntry::retained).reversed()
                .thenComparing(Comparator.comparingDouble(RankingEntry::rankScore).reversed())
                .thenComparing(RankingEntry::reference));
        List<RankingEntry> ranked = new ArrayList<>();
        for (int i = 0; i < unordered.size(); i++) {
            RankingEntry e = unordered.get(i);
            ranked.add(new RankingEntry(e.commitmentId(), e.reference(), i + 1, e.category(), e.retained(),
                    e.rankScore(), e.medianImpact(), e.relevanceCount(), e.civilSocietyScore(), e.assessments()));
        }
        assessments.replaceRanking(planId, ranked, OffsetDateTime.now(clock));
        return ranked;
    }

    private RankingEntry classify(Commitment commitment, List<ImpactAssessment> all) {
        long verifiableVotes = all.stream().filter(ImpactAssessment::verifiable).count();
        ImpactLevel median = median(all);
        int relevance = (int) Arrays.stream(OgpValue.values())
                .filter(v -> all.stream().filter(a -> a.relevantValues().contains(v)).count() * 2 > all.size())
                .count();
        double civilSociety = all.stream().filter(ImpactAssessment::civilSociety)
                .mapToInt(a -> a.impact().score()).average().orElse(0);
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("verifiable", all.isEmpty() ? null : verifiableVotes * 2 > all.size())
                        .putValue("medianImpact", median == null ? null : median.name())
                        .putValue("relevanceCount", relevance)
                        .putValue("civilSocietyScore", civilSociety))
                .getSingleResult();
        Map<String, Object> out = result.getEntryMap();
        return new RankingEntry(commitment.id(), commitment.reference(), 0, (String) out.get("category"),
                (Boolean) out.get("retained"), ((Number) out.get("rankScore")).doubleValue(), median, relevance,
                civilSociety, all.size());
    }

    /** The members' median impact; with an even count, the lower of the two middle values. */
    private static ImpactLevel median(List<ImpactAssessment> all) {
        if (all.isEmpty()) {
            return null;
        }
        List<ImpactLevel> sorted = all.stream().map(ImpactAssessment::impact).sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
