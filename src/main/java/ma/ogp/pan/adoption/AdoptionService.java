package ma.ogp.pan.adoption;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.ranking.RankingEntry;
import ma.ogp.pan.ranking.RankingService;
import ma.ogp.pan.web.PlanTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection of the ranked commitments, the committee's validation and the adoption that freezes the plan: each
 * selected commitment at its final version ends ADOPTED, every other NOT_RETAINED with its reason.
 */
@Service
@Transactional
public class AdoptionService {

    static final String UNFINISHED = "Fiche non finalisée à l'adoption du plan";
    private static final Set<CommitmentStatus> SETTLED = Set.of(CommitmentStatus.MERGED, CommitmentStatus.CANCELLED);

    private final AdoptionRepository adoptions;
    private final CommitmentRepository commitments;
    private final RankingService ranking;
    private final CommitteeRepository committee;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanTime planTime;

    AdoptionService(AdoptionRepository adoptions, CommitmentRepository commitments, RankingService ranking,
                    CommitteeRepository committee, RuntimeService runtime, ApplicationEventPublisher events,
                    Clock clock, PlanTime planTime) {
        this.planTime = planTime;
        this.events = events;
        this.committee = committee;
        this.adoptions = adoptions;
        this.commitments = commitments;
        this.ranking = ranking;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Records the selection of the ranked commitments; every one needs a choice, every one left out a reason. */
    public void select(long planId, List<Selection> selection, String by) {
        refuseIfAdopted(planId);
        validate(planId, selection);
        adoptions.replaceSelection(planId, selection, by, OffsetDateTime.now(clock));
    }

    private void validate(long planId, List<Selection> selection) {
        Map<Long, RankingEntry> ranked = ranking.ranking(planId).stream()
                .collect(Collectors.toMap(RankingEntry::commitmentId, e -> e));
        Map<Long, Selection> chosen = new HashMap<>();
        for (Selection s : selection) {
            RankingEntry entry = ranked.get(s.commitmentId());
            if (entry == null) {
                throw new FormInputException("selection", "L'engagement " + s.commitmentId() + " n'est pas classé");
            }
            if (!s.selected() && (s.reason() == null || s.reason().isBlank())) {
                throw new FormInputException("selection", entry.reference()
                        + " n'est pas sélectionné : indiquez le motif, il sera publié dans le feed-back motivé");
            }
            chosen.put(s.commitmentId(), s);
        }
        if (chosen.size() != ranked.size()) {
            throw new FormInputException("selection", "Chaque engagement classé doit être sélectionné ou écarté");
        }
        if (chosen.values().stream().noneMatch(Selection::selected)) {
            throw new FormInputException("selection", "Sélectionnez au moins un engagement pour le plan");
        }
    }

    /** The recorded selection, or the ranking's proposal before the first one. */
    @Transactional(readOnly = true)
    public List<Selection> selection(long planId) {
        List<Selection> recorded = adoptions.findSelection(planId);
        return !recorded.isEmpty() ? recorded : ranking.ranking(planId).stream()
                .map(e -> new Selection(e.commitmentId(), e.retained(), e.retained() ? null : proposalReason(e)))
                .toList();
    }

    public void recordValidation(long planId, boolean validated, String comment, String by) {
        refuseIfAdopted(planId);
        if (!validated && (comment == null || comment.isBlank())) {
            throw new FormInputException("validationComment", "Indiquez ce que le comité demande de revoir");
        }
        adoptions.insertValidation(planId, validated, comment == null || comment.isBlank() ? null : comment.strip(),
                by, OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public String latestRefusal(long planId) {
        return adoptions.findLatestRefusal(planId).orElse("");
    }

    /** Freezes the plan and tells each commitment's lifecycle its outcome. */
    public void adopt(long planId, String by) {
        refuseIfAdopted(planId);
        adoptions.insertAdoption(planId, by, OffsetDateTime.now(clock));
        freeze(planId);
    }

    /**
     * A new decision of the committee supersedes the adopted plan: the adoption it replaces is kept with the
     * decision, and the plan is adopted again with this selection, each commitment at its current version.
     */
    public void supersede(long planId, List<Selection> selection, String decision, String by) {
        if (!isAdopted(planId)) {
            throw new FormInputException("decision", "Le plan n'est pas adopté : il n'y a rien à remplacer");
        }
        if (decision == null || decision.isBlank()) {
            throw new FormInputException("decision", "Indiquez la décision du comité qui remplace le plan adopté");
        }
        validate(planId, selection);
        OffsetDateTime now = OffsetDateTime.now(clock);
        adoptions.archiveAdoption(planId, decision.strip(), by, now);
        adoptions.replaceSelection(planId, selection, by, now);
        adoptions.insertAdoption(planId, by, now);
        freeze(planId);
        events.publishEvent(new PlanSuperseded(planId, decision.strip()));
    }

    @Transactional(readOnly = true)
    public List<String> supersessions(long planId) {
        return adoptions.findSupersessions(planId);
    }

    private void freeze(long planId) {
        List<Selection> ranked = adoptions.findSelection(planId);
        Map<Long, Selection> selection = ranked.stream().collect(Collectors.toMap(Selection::commitmentId, s -> s));
        int position = 0;
        for (Selection s : ranked) {
            if (s.selected()) {
                Commitment c = commitments.getById(s.commitmentId());
                adoptions.insertAdopted(planId, c.id(), commitments.versionId(c.id(), c.currentVersionNo()), ++position);
            }
        }
        for (Commitment c : commitments.findByPlan(planId)) {
            if (SETTLED.contains(c.status())) {
                continue;
            }
            Selection s = selection.get(c.id());
            boolean adopted = s != null && s.selected();
            commitments.updateStatus(c.id(), adopted ? CommitmentStatus.ADOPTED : CommitmentStatus.NOT_RETAINED,
                    adopted ? null : s != null ? s.reason() : UNFINISHED);
            endLifecycle(c, adopted);
        }
    }

    /** The adopted plan, or empty before the adoption. */
    @Transactional(readOnly = true)
    public Optional<PlanDocument> document(ActionPlan plan) {
        Map<String, String> institutions = committee.findAllInstitutions().stream()
                .collect(Collectors.toMap(Institution::code, Institution::name));
        return adoptions.findAdoptedAt(plan.id()).map(at -> new PlanDocument(plan, at,
                adoptions.findAdopted(plan.id()).stream().map(a -> {
                    Commitment c = commitments.getById(a.commitmentId());
                    CommitmentVersion fiche = commitments.findVersion(c.id(), a.versionNo()).orElseThrow();
                    return new PlanDocument.Entry(a.position(), c.reference(), c.leadInstitutionName(),
                            fiche.supportingInstitutionCodes().stream().map(code -> institutions.getOrDefault(code, code))
                                    .toList(), fiche);
                }).toList()));
    }

    @Transactional(readOnly = true)
    public boolean isAdopted(long planId) {
        return adoptions.findAdoptedAt(planId).isPresent();
    }

    /**
     * Tells the lifecycle its outcome; every ending is drawn in commitment-lifecycle.bpmn. One waiting at its final
     * fiche (or still finishing it) catches PlanAdopted; one elsewhere (review, revision, consultation) is ended by
     * its event sub-process PlanAdoptedBeforeFinalFiche, which interrupts its tasks, reminders and timers.
     */
    private void endLifecycle(Commitment c, boolean adopted) {
        String outcome = (adopted ? CommitmentStatus.ADOPTED : CommitmentStatus.NOT_RETAINED).name();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(Processes.COMMITMENT_LIFECYCLE).processInstanceBusinessKey(c.reference()).list()) {
            boolean atFinalFiche = runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                    .eventName(Processes.PLAN_ADOPTED).count() > 0;
            runtime.createMessageCorrelation(atFinalFiche ? Processes.PLAN_ADOPTED : Processes.PLAN_ADOPTED_BEFORE_FINAL_FICHE)
                    .processInstanceId(instance.getId()).setVariable("outcome", outcome).correlate();
        }
    }

    private void refuseIfAdopted(long planId) {
        adoptions.findAdoptedAt(planId).ifPresent(at -> {
            throw new FormInputException("selection",
                    "Le plan est adopté depuis le " + planTime.date(at) + " : il ne peut plus être modifié");
        });
    }

    private static String proposalReason(RankingEntry e) {
        return switch (e.category()) {
            case "NOT_VERIFIABLE" -> "Jugé non vérifiable par la majorité des membres du comité";
            case "NOT_ASSESSED" -> "Non évalué par le comité";
            default -> "Impact potentiel jugé insuffisant au classement (" + e.categoryLabel() + ")";
        };
    }
}
