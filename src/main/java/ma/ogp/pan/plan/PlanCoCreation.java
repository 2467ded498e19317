package ma.ogp.pan.plan;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Starts a plan's {@code action-plan-cocreation} instance, keyed by the plan's code; one per plan. */
@Service
public class PlanCoCreation {

    public static final String PROCESS_KEY = "action-plan-cocreation";

    private final RuntimeService runtime;
    private final ActionPlanRepository plans;

    PlanCoCreation(RuntimeService runtime, ActionPlanRepository plans) {
        this.runtime = runtime;
        this.plans = plans;
    }

    public boolean isRunning(String planCode) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(planCode).count() > 0;
    }

    public ProcessInstance start(String planCode) {
        ActionPlan plan = plans.getByCode(planCode);
        if (isRunning(plan.code())) {
            throw new BadUserRequestException("La co-création du plan " + plan.code() + " est déjà en cours");
        }
        return runtime.startProcessInstanceByKey(PROCESS_KEY, plan.code(),
                Variables.createVariables().putValue("planId", plan.id()));
    }
}
