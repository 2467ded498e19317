package ma.ogp.pan.monitoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code pan.tasks.overdue{plan}}: open user tasks past their due date, by the engine's clock (which the demo moves),
 * of the plan's own process (business key: the plan's code) and of its commitments' (the commitment's reference,
 * {@code <code>-NN}). A plan created after start-up gets its gauge within a minute.
 */
@Component
class OverdueTaskMeters {

    private final MeterRegistry registry;
    private final ActionPlanRepository plans;
    private final TaskService tasks;
    private final Set<String> measured = ConcurrentHashMap.newKeySet();

    OverdueTaskMeters(MeterRegistry registry, ActionPlanRepository plans, TaskService tasks) {
        this.registry = registry;
        this.plans = plans;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void measureNewPlans() {
        for (ActionPlan plan : plans.findAll()) {
            if (measured.add(plan.code())) {
                Gauge.builder("pan.tasks.overdue", () -> overdue(plan.code())).tag("plan", plan.code())
                        .description("Open user tasks past their due date").register(registry);
            }
        }
    }

    long overdue(String planCode) {
        return tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime())
                .or().processInstanceBusinessKey(planCode).processInstanceBusinessKeyLike(planCode + "-%").endOr()
                .count();
    }
}
