package ma.ogp.pan.plan;

import java.time.Clock;
import java.time.OffsetDateTime;

import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a plan's {@code action-plan-cocreation} instance, keyed by the plan's code; one per plan. The start is
 * recorded on the plan, which is read-only from then on.
 */
@Service
public class PlanCoCreation {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ActionPlanRepository plans;
    private final Clock clock;

    PlanCoCreation(RuntimeService runtime, HistoryService history, ActionPlanRepository plans, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.plans = plans;
        this.clock = clock;
    }

    public boolean isRunning(String planCode) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Processes.ACTION_PLAN_COCREATION)
                .processInstanceBusinessKey(planCode).count() > 0;
    }

    /** Running or ended: a co-creation started before its start was recorded on the plan is found here. */
    public boolean hasStarted(String planCode) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(Processes.ACTION_PLAN_COCREATION)
                .processInstanceBusinessKey(planCode).count() > 0;
    }

    /** Starts the co-creation at the call for commitments. */
    @Transactional
    public ProcessInstance start(String planCode) {
        return startAt(planCode, null);
    }

    /** Starts the co-creation of a plan whose call for commitments is over (the demo: after 22 Feb 2024). */
    @Transactional
    public ProcessInstance startAfterCall(String planCode) {
        return startAt(planCode, "Task_StartCommitmentReviews");
    }

    private ProcessInstance startAt(String planCode, String activityId) {
        ActionPlan plan = plans.getByCode(planCode);
        if (isRunning(plan.code())) {
            throw new BadUserRequestException("La co-création du plan " + plan.code() + " est déjà en cours");
        }
        plans.markStarted(plan.id(), OffsetDateTime.now(clock));
        var start = runtime.createProcessInstanceByKey(Processes.ACTION_PLAN_COCREATION).businessKey(plan.code())
                .setVariables(Variables.createVariables().putValue("planId", plan.id()));
        return activityId == null ? start.execute() : start.startBeforeActivity(activityId).execute();
    }
}
