package ma.ogp.pan.plan;

import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Starts a plan's {@code action-plan-cocreation} instance, keyed by the plan's code; one per plan. */
@Service
public class PlanCoCreation {

    private final RuntimeService runtime;
    private final ActionPlanRepository plans;

    PlanCoCreation(RuntimeService runtime, ActionPlanRepository plans) {
        this.runtime = runtime;
        this.plans = plans;
    }

    public boolean isRunning(String planCode) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Processes.ACTION_PLAN_COCREATION)
                .processInstanceBusinessKey(planCode).count() > 0;
    }

    /** Starts the co-creation at the call for commitments. */
    public ProcessInstance start(String planCode) {
        return startAt(planCode, null);
    }

    /** Starts the co-creation of a plan whose call for commitments is over (the demo: after 22 Feb 2024). */
    public ProcessInstance startAfterCall(String planCode) {
        return startAt(planCode, "Task_StartCommitmentReviews");
    }

    private ProcessInstance startAt(String planCode, String activityId) {
        ActionPlan plan = plans.getByCode(planCode);
        if (isRunning(plan.code())) {
            throw new BadUserRequestException("La co-création du plan " + plan.code() + " est déjà en cours");
        }
        var start = runtime.createProcessInstanceByKey(Processes.ACTION_PLAN_COCREATION).businessKey(plan.code())
                .setVariables(Variables.createVariables().putValue("planId", plan.id()));
        return activityId == null ? start.execute() : start.startBeforeActivity(activityId).execute();
    }
}
