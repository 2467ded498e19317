package ma.ogp.pan.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.ogp.pan.adoption.AdoptionService;
import ma.ogp.pan.adoption.PlanDocument;
import ma.ogp.pan.adoption.PlanSuperseded;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.web.PlanTime;
import org.springframework.context.event.EventListener;
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

    private final ReasonedResponseRepository responses;
    private final IdeaRepository ideas;
    private final CommitmentRepository commitments;
    private final ActionPlanRepository plans;
    private final AdoptionService adoption;
    private final PlanTime planTime;
    private final Clock clock;

    ReasonedResponseService(ReasonedResponseRepository responses, IdeaRepository ideas,
                            CommitmentRepository commitments, ActionPlanRepository plans, AdoptionService adoption,
                            PlanTime planTime, Clock clock) {
        this.responses = responses;
        this.ideas = ideas;
        this.commitments = commitments;
        this.plans = plans;
        this.adoption = adoption;
        this.planTime = planTime;
        this.clock = clock;
    }

    /**
     * Drafts the response of every draft commitment and idea of the adopted plan; texts already edited are kept. An
     * idea no commitment took up gets an empty text: the secretariat must give the reason.
     */
    public void draft(long planId, String by) {
        ActionPlan plan = plans.getById(planId);
        PlanDocument adopted = adoption.document(plan).orElseThrow(() ->
                new IllegalStateException(plan.code() + " n'est pas adopté : rien à motiver encore"));
        Map<String, Integer> positions = adopted.commitments().stream()
                .collect(Collectors.toMap(PlanDocument.Entry::reference, PlanDocument.Entry::position));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Commitment> byReference = commitments.findByPlan(planId).stream()
                .collect(Collectors.toMap(Commitment::reference, c -> c));
        for (Commitment c : byReference.values()) {
            responses.insertIfAbsent(planId, draftFor(c, plan, adopted, positions), by, now);
        }
        for (Idea idea : ideas.findByPlan(planId)) {
            responses.insertIfAbsent(planId, draftFor(idea, byReference), by, now);
        }
    }

    /**
     * After a new decision superseded the adopted plan, each draft whose outcome changed gets the response the
     * process now drafts, with the decision; the other responses stay as published.
     */
    @EventListener
    public void onPlanSuperseded(PlanSuperseded superseded) {
        ActionPlan plan = plans.getById(superseded.planId());
        PlanDocument adopted = adoption.document(plan).orElseThrow();
        Map<String, Integer> positions = adopted.commitments().stream()
                .collect(Collectors.toMap(PlanDocument.Entry::reference, PlanDocument.Entry::position));
        Map<Long, ReasonedResponse> published = responses(plan.id()).stream()
                .filter(r -> ReasonedResponse.COMMITMENT.equals(r.subjectKind()))
                .collect(Collectors.toMap(ReasonedResponse::subjectId, r -> r));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Commitment c : commitments.findByPlan(plan.id())) {
            ReasonedResponse drafted = draftFor(c, plan, adopted, positions);
            ReasonedResponse before = published.get(c.id());
            // an adopted commitment whose rank moved changes too: its drafted sentence names the rank
            boolean changed = before != null && (before.outcome() != drafted.outcome()
                    || drafted.outcome() == ResponseOutcome.ADOPTED && !before.text().contains(drafted.text()));
            if (changed) {
                responses.updateOutcome(plan.id(), ReasonedResponse.COMMITMENT, c.id(), drafted.outcome(),
                        drafted.text() + " Décision du comité : " + superseded.decision(), "système", now);
            }
        }
    }

    private static ReasonedResponse draftFor(Idea idea, Map<String, Commitment> commitments) {
        if (idea.commitmentReferences().isEmpty()) {
            return new ReasonedResponse(ReasonedResponse.IDEA, idea.id(), idea.reference(), idea.title(),
                    ResponseOutcome.IDEA_NOT_TAKEN_UP, "");
        }
        return new ReasonedResponse(ReasonedResponse.IDEA, idea.id(), idea.reference(), idea.title(),
                ResponseOutcome.IDEA_TAKEN_UP, "Reprise dans " + idea.commitmentReferences().stream()
                .map(commitments::get).map(c -> "l'engagement " + c.reference() + " « " + c.title() + " » ("
                        + c.status().label().toLowerCase() + ")")
                .collect(Collectors.joining(", ")) + ".");
    }

    private ReasonedResponse draftFor(Commitment c, ActionPlan plan, PlanDocument adopted,
                                      Map<String, Integer> positions) {
        String reason = commitments.findStatusReason(c.id()).filter(r -> !r.isBlank()).orElse("(motif non consigné)");
        return switch (c.status()) {
            case ADOPTED -> response(c, ResponseOutcome.ADOPTED, "Retenu : engagement n° " + positions.get(c.reference())
                    + " du " + plan.code() + ", adopté le " + planTime.date(adopted.adoptedAt()) + ".");
            case MERGED -> response(c, ResponseOutcome.MERGED, "Fusionné avec l'engagement "
                    + joined(c, plan, positions) + " : " + reason);
            case CANCELLED -> response(c, ResponseOutcome.CANCELLED, "Annulé par le comité de pilotage : " + reason);
            default -> response(c, ResponseOutcome.NOT_RETAINED, "Non retenu dans le " + plan.code() + " : " + reason);
        };
    }

    /**
     * The commitment an absorbed draft joined and what became of it, following merges into merges: a response that
     * names only "PAN3-09" says nothing when PAN3-09 was not retained.
     */
    private String joined(Commitment draft, ActionPlan plan, Map<String, Integer> positions) {
        String target = commitments.findMergedIntoReference(draft.id()).orElse("?");
        Optional<Commitment> last = commitments.findByReference(target);
        Set<Long> seen = new HashSet<>(Set.of(draft.id()));
        while (last.isPresent() && last.get().status() == CommitmentStatus.MERGED && seen.add(last.get().id())) {
            last = commitments.findMergedIntoReference(last.get().id()).flatMap(commitments::findByReference);
        }
        String via = last.filter(c -> !c.reference().equals(target))
                .map(c -> "lui-même fusionné dans " + c.reference() + ", ").orElse("");
        Integer position = last.map(Commitment::reference).map(positions::get).orElse(null);
        String fate = position != null ? "retenu comme engagement n° " + position + " du " + plan.code()
                : "non retenu dans le " + plan.code();
        return target + " (" + via + fate + ")";
    }

    private static ReasonedResponse response(Commitment c, ResponseOutcome outcome, String text) {
        return new ReasonedResponse(ReasonedResponse.COMMITMENT, c.id(), c.reference(), c.title(), outcome, text);
    }

    /** The plan's responses: its draft commitments by number, then its ideas by reference. */
    @Transactional(readOnly = true)
    public List<ReasonedResponse> responses(long planId) {
        Map<Long, Idea> planIdeas = ideas.findByPlan(planId).stream().collect(Collectors.toMap(Idea::id, i -> i));
        Map<Long, Commitment> drafts = commitments.findByPlan(planId).stream()
                .collect(Collectors.toMap(Commitment::id, c -> c));
        return responses.findByPlan(planId).stream().map(r -> {
            boolean idea = ReasonedResponse.IDEA.equals(r.subjectKind());
            String reference = idea ? planIdeas.get(r.subjectId()).reference() : drafts.get(r.subjectId()).reference();
            String title = idea ? planIdeas.get(r.subjectId()).title() : drafts.get(r.subjectId()).title();
            return new ReasonedResponse(r.subjectKind(), r.subjectId(), reference, title,
                    ResponseOutcome.valueOf(r.outcome()), r.text());
        }).sorted(Comparator.comparing(ReasonedResponse::subjectKind).thenComparing(ReasonedResponse::reference))
                .toList();
    }

    /** The authors who left an e-mail, with the response on their idea; for the mail at publication. */
    @Transactional(readOnly = true)
    public Map<Idea, ReasonedResponse> ideaResponsesWithAuthorEmail(long planId) {
        Map<Long, ReasonedResponse> bySubject = responses(planId).stream()
                .filter(r -> ReasonedResponse.IDEA.equals(r.subjectKind()))
                .collect(Collectors.toMap(ReasonedResponse::subjectId, r -> r));
        return ideas.findByPlan(planId).stream().filter(i -> i.authorEmail() != null && bySubject.containsKey(i.id()))
                .collect(Collectors.toMap(i -> i, i -> bySubject.get(i.id())));
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
                throw new FormInputException(FIELD, reference + (response.outcome() == ResponseOutcome.IDEA_NOT_TAKEN_UP
                        ? " : idée non reprise, indiquez pourquoi" : " : la réponse motivée ne peut pas être vide"));
            }
            if (text.length() > 4000) {
                throw new FormInputException(FIELD, reference + " : 4 000 caractères au plus");
            }
            responses.updateText(planId, response.subjectKind(), response.subjectId(), text.strip(), by, now);
        });
    }

    public void publish(long planId, String by) {
        refuseIfPublished(planId);
        responses(planId).stream().filter(r -> r.text().isBlank()).findFirst().ifPresent(r -> {
            throw new FormInputException(FIELD, r.reference() + " : la réponse motivée manque encore");
        });
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
            throw new FormInputException(FIELD, "Les réponses sont publiées depuis le " + planTime.date(at));
        });
    }
}
