package ma.ogp.pan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.ogp.pan.plan.PlanRules.PlanSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat sets up a plan: creates it as a draft, edits it until its co-creation starts, publishes its
 * timeline, then starts the co-creation. Every refusal is an {@link InvalidPlanException} and stores nothing.
 */
@Service
@Transactional
public class PlanSetupService {

    private final ActionPlanRepository plans;
    private final DeadlineService deadlines;
    private final PlanCoCreation coCreation;
    private final Clock clock;

    PlanSetupService(ActionPlanRepository plans, DeadlineService deadlines, PlanCoCreation coCreation, Clock clock) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.coCreation = coCreation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanStage stage(ActionPlan plan) {
        PlanSetup setup = plans.findSetup(plan);
        if (setup.startedAt() != null || coCreation.hasStarted(plan.code())) {
            return coCreation.isRunning(plan.code()) ? PlanStage.RUNNING : PlanStage.CLOSED;
        }
        return setup.publishedAt() != null ? PlanStage.PUBLISHED : PlanStage.DRAFT;
    }

    @Transactional(readOnly = true)
    public PlanSetup setup(ActionPlan plan) {
        return plans.findSetup(plan);
    }

    /** The plan as its form shows it, to edit. */
    @Transactional(readOnly = true)
    public PlanForm form(ActionPlan plan) {
        PlanForm form = new PlanForm();
        form.setCode(plan.code());
        form.setTitle(plan.title());
        form.setPeriodStart(plan.periodStart().toString());
        form.setPeriodEnd(plan.periodEnd().toString());
        for (PlanPhase phase : plans.findPhases(plan.id())) {
            form.getPhaseStarts().put(phase.phase().name(), phase.startsOn().toString());
            form.getPhaseEnds().put(phase.phase().name(), phase.endsOn().toString());
        }
        for (Deadline deadline : plans.findDeadlines(plan.id())) {
            form.getDeadlines().put(deadline.kind(), dueDay(deadline).toString());
        }
        Participation participation = plans.findSetup(plan).participation();
        form.setParticipationFr(participation.fr());
        form.setParticipationAr(participation.ar());
        form.setParticipationEn(participation.en());
        return form;
    }

    /** The day a deadline falls on, in the co-creation's time zone. */
    @Transactional(readOnly = true)
    public LocalDate dueDay(Deadline deadline) {
        return deadlines.day(deadline.dueAt());
    }

    public ActionPlan create(PlanForm form) {
        String code = PlanRules.code(form.getCode());
        PlanSettings settings = PlanRules.read(form, null, code);
        if (plans.findByCode(code).isPresent()) {
            throw taken(code);
        }
        ActionPlan plan;
        try {
            plan = plans.insertDraft(settings.plan(), settings.participation());
        } catch (DuplicateKeyException raced) {
            throw taken(code);
        }
        store(plan, settings);
        return plan;
    }

    public void update(String code, PlanForm form) {
        ActionPlan plan = editable(code);
        PlanSettings settings = PlanRules.read(form, plan.id(), plan.code());
        plans.update(settings.plan(), settings.participation());
        store(plan, settings);
    }

    /** Makes the timeline public; it can still change until the co-creation starts. */
    public void publish(String code) {
        ActionPlan plan = editable(code);
        if (plans.findPhases(plan.id()).stream().noneMatch(p -> p.phase() == Phase.CALL_FOR_COMMITMENTS)) {
            throw new InvalidPlanException("Avant de publier le calendrier, indiquez au moins les dates de la phase"
                    + " « " + Phase.CALL_FOR_COMMITMENTS.label() + " ».");
        }
        plans.markPublished(plan.id(), OffsetDateTime.now(clock));
    }

    /** Starts the co-creation at the call for commitments; the plan is read-only from then on. */
    public void start(String code) {
        ActionPlan plan = editable(code);
        if (plans.findSetup(plan).publishedAt() == null) {
            throw new InvalidPlanException("Publiez d'abord le calendrier : la co-création se lance sur un calendrier"
                    + " public.");
        }
        List<String> set = plans.findDeadlines(plan.id()).stream().map(Deadline::kind).toList();
        List<String> missing = PlanRules.DEADLINES_TO_START.stream().filter(kind -> !set.contains(kind))
                .map(kind -> "« " + Deadline.label(kind) + " »").toList();
        if (!missing.isEmpty()) {
            throw new InvalidPlanException("Avant de lancer la co-création, fixez l'échéance "
                    + String.join(" et l'échéance ", missing) + ".");
        }
        coCreation.start(plan.code());
    }

    private ActionPlan editable(String code) {
        ActionPlan plan = plans.getByCode(code);
        PlanStage stage = stage(plan);
        if (!stage.editable()) {
            throw new PlanReadOnlyException("Le plan " + plan.code() + " ne peut plus être modifié : "
                    + stage.label().toLowerCase(Locale.FRENCH) + ".");
        }
        return plan;
    }

    private void store(ActionPlan plan, PlanSettings settings) {
        plans.replacePhases(plan.id(), settings.phases());
        plans.replaceDeadlines(plan.id(), settings.deadlines().entrySet().stream().map(e -> deadline(plan, e)).toList());
    }

    private Deadline deadline(ActionPlan plan, Map.Entry<String, LocalDate> day) {
        OffsetDateTime due = deadlines.endOfDay(day.getValue());
        return new Deadline(null, plan.id(), day.getKey(), due, due);
    }

    private static InvalidPlanException taken(String code) {
        return new InvalidPlanException("Le code " + code + " est déjà celui d'un autre plan : choisissez-en un autre.");
    }
}
