package ma.ogp.pan.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.adoption.PlanDocument;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.FormInputException;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasoned response on every draft commitment: drafted from what the process recorded (adoption and rank,
 * merge target, the committee's reason), edited by the secretariat, published once the plan is adopted.
 */
@Service
@Transactional
public class ReasonedResponseService {

    static final String FIELD = "responses";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReasonedResponseRepository responses;
    private final CommitmentRepository commitments;
    private final ActionPlanRepository plans;
    private final AdoptionService adoption;
    private final Clock clock;

    ReasonedResponseService(ReasonedResponseRepository responses, CommitmentRepository commitments,
                            ActionPlanRepository plans, AdoptionService adoption, Clock clock) {
        this.responses = responses;
        this.commitments = commitments;
        this.plans = plans;
        this.adoption = adoption;
        this.clock = clock;
    }

    /** Drafts the response of every draft commitment of the adopted plan; texts already edited are kept. */
    public void draft(long planId, String by) {
        ActionPlan plan = plans.getById(planId);
        PlanDocument adopted = adoption.document(plan).orElseThrow(() ->
                new IllegalStateException(plan.code() + " n'est pas adopté : rien à motiver encore"));
        Map<String, Integer> positions = adopted.commitments().stream()
                .collect(Collectors.toMap(PlanDocument.Entry::reference, PlanDocument.Entry::position));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Commitment c : commitments.findByPlan(planId)) {
            responses.insertIfAbsent(planId, draftFor(c, plan, adopted, positions), by, now);
        }
    }

    private ReasonedResponse draftFor(Commitment c, ActionPlan plan, PlanDocument adopted,
                                      Map<String, Integer> positions) {
        String reason = commitments.findStatusReason(c.id()).filter(r -> !r.isBlank()).orElse("(motif non consigné)");
        return switch (c.status()) {
            case ADOPTED -> response(c, ResponseOutcome.ADOPTED, "Retenu : engagement n° " + positions.get(c.reference())
                    + " du " + plan.code() + ", adopté le " + adopted.adoptedAt().format(DAY) + ".");
            case MERGED -> response(c, ResponseOutcome.MERGED, "Fusionné avec l'engagement "
                    + commitments.findMergedIntoReference(c.id()).orElse("?") + " : " + reason);
            case CANCELLED -> response(c, ResponseOutcome.CANCELLED, "Annulé par le comité de pilotage : " + reason);
            default -> response(c, ResponseOutcome.NOT_RETAINED, "Non retenu dans le " + plan.code() + " : " + reason);
        };
    }

    private static ReasonedResponse response(Commitment c, ResponseOutcome outcome, String text) {
        return new ReasonedResponse(ReasonedResponse.COMMITMENT, c.id(), c.reference(), c.title(), outcome, text);
    }

    @Transactional(readOnly = true)
    public List<ReasonedResponse> responses(long planId) {
        return responses.findByPlan(planId).stream().map(r -> {
            Commitment c = commitments.getById(r.subjectId());
            return new ReasonedResponse(r.subjectKind(), r.subjectId(), c.reference(), c.title(),
                    ResponseOutcome.valueOf(r.outcome()), r.text());
        }).toList();
    }

    /** The secretariat's texts, by reference; a response is never left empty. */
    public void edit(long planId, Map<String, String> texts, String by) {
        refuseIfPublished(planId);
        Map<String, ReasonedResponse> known = responses(planId).stream()
                .collect(Collectors.toMap(ReasonedResponse::reference, r -> r));
        OffsetDateTime now = OffsetDateTime.now(clock);
        texts.forEach((reference, text) -> {
            ReasonedResponse response = known.get(reference);
            if (response == null) {
                throw new FormInputException(FIELD, "Pas de réponse à rédiger pour " + reference);
            }
            if (text == null || text.isBlank()) {
                throw new FormInputException(FIELD, reference + " : la réponse motivée ne peut pas être vide");
            }
            if (text.length() > 4000) {
                throw new FormInputException(FIELD, reference + " : 4 000 caractères au plus");
            }
            responses.updateText(planId, response.subjectKind(), response.subjectId(), text.strip(), by, now);
        });
    }

    public void publish(long planId, String by) {
        refuseIfPublished(planId);
        responses.insertPublication(planId, by, OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> publishedAt(long planId) {
        return responses.findPublishedAt(planId);
    }

    /** The published plan the public pages show: the one asked for, else the latest published. */
    @Transactional(readOnly = true)
    public Optional<ActionPlan> publishedPlan(String code) {
        Optional<ActionPlan> plan = code == null
                ? responses.findLatestPublishedPlanId().map(plans::getById) : plans.findByCode(code);
        return plan.filter(p -> responses.findPublishedAt(p.id()).isPresent());
    }

    private void refuseIfPublished(long planId) {
        responses.findPublishedAt(planId).ifPresent(at -> {
            throw new FormInputException(FIELD, "Les réponses sont publiées depuis le " + at.format(DAY));
        });
    }
}
