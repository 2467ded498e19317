package ma.ogp.pan.process;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a Camunda Form submitted, read by the service task that follows the user task. Recording there (not in a
 * task listener) lets a refusal reach the caller as it is: a 400 from the REST API, a message in Tasklist.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Who completed the form: the authenticated user, else the given fallback (e.g. the task's assignee). */
    public static String actor(DelegateExecution execution, String fallback) {
        var current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : fallback != null ? fallback : "système";
    }

    /** Removes the form's inputs once recorded: the process keeps ids and decisions only. */
    public static void clear(DelegateExecution execution, Collection<String> names) {
        names.forEach(execution::removeVariable);
    }
}
