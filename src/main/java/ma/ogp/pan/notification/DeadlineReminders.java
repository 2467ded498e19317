package ma.ogp.pan.notification;

import java.util.Collection;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts the reminders of a plan's deadline once per person, not per task: one deadline-notices instance per owner,
 * business key {@code PAN3:REVIEW_COMMENTS:login}. The instances have no parent: each ends in its own transaction
 * and no lifecycle or plan scope that ends (a review handed in, a window closed, a plan adopted) deletes them while
 * their timer job runs, nor do twenty of them end into one shared parent at the same moment.
 */
@Service
public class DeadlineReminders {

    public static final String PROCESS = "deadline-notices";

    private final RuntimeService runtime;

    DeadlineReminders(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the reminders of each owner that has none running for this deadline (a retried job starts none twice). */
    public void start(String planCode, long planId, String kind, Collection<String> owners) {
        for (String owner : new TreeSet<>(owners)) {
            String key = planCode + ":" + kind + ":" + owner;
            if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key)
                    .count() == 0) {
                runtime.createProcessInstanceByKey(PROCESS).businessKey(key).setVariable("planId", planId)
                        .setVariable("deadlineKind", kind).setVariable("reviewer", owner).execute();
            }
        }
    }
}
