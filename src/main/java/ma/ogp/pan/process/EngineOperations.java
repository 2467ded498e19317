package ma.ogp.pan.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which engine REST operations a person may call, by operation path (see {@link EngineRequest#operation()}).
 * Writes are an allow-list: what is not named here is refused to everyone but administrators.
 */
final class EngineOperations {

    /** POSTs that only read: Tasklist's and Cockpit's queries. */
    static final Pattern QUERY = Pattern.compile("(task|process-instance|execution|variable-instance|job"
            + "|external-task)(/count)?"
            + "|filter/[^/]+/(list|count|singleResult)"
            + "|history/(?!cleanup$)[a-z-]+(/count)?");

    /** A step done through its task form. */
    static final Pattern TASK_FORM = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");

    /** A process started through its start form. */
    static final Pattern START_FORM = Pattern.compile(
            "process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");

    static final Pattern CLAIM = Pattern.compile("task/[^/]+/(claim|unclaim)");

    /** Any write on one task: answered 404 here when the task does not exist (the engine would answer 500). */
    static final Pattern ON_TASK = Pattern.compile("task/([^/]+)/.+");

    /** One's own password; the profile and the account are the administrators'. */
    static final Pattern CREDENTIALS = Pattern.compile("user/([^/]+)/credentials");

    /**
     * What drives the processes from inside: their messages, signals, errors and variables come from the
     * application's own code, never from a call, whoever makes it.
     */
    static final Pattern INTERNAL = Pattern.compile("message(/.*)?|signal(/.*)?|condition(/.*)?"
            + "|task/[^/]+/(bpmnError|bpmnEscalation)"
            + "|execution/[^/]+/(signal|messageSubscriptions/.*)"
            + "|(task|execution|process-instance|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?"
            + "|process-instance/variables-async");

    /** Reads that tell about the server itself: administrators only. */
    static final Pattern SERVER_READS = Pattern.compile("metrics(/.*)?|history/cleanup(/.*)?|telemetry(/.*)?"
            + "|version|schema/log(/.*)?|batch(/.*)?|job-definition(/.*)?");

    private EngineOperations() {
    }

    static Matcher match(Pattern pattern, String operation) {
        Matcher matcher = pattern.matcher(operation);
        return matcher.matches() ? matcher : null;
    }
}
