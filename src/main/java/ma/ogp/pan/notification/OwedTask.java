package ma.ogp.pan.notification;

import java.util.List;

/**
 * A task a reminder lists: its commitment's reference (empty for a plan-wide task), name, link, and what the
 * committee asked when it is a revision (empty otherwise).
 */
public record OwedTask(String reference, String name, String link, String request) {

    /** The task-local variables that hold the committee's request on a revision task (see presentForRevision). */
    static final List<String> REQUEST_VARIABLES = List.of("requestedChangesSummary", "decisionReason");

    /** The line of the mails' {@code tasks}: "name : link", the request between them when there is one. */
    public String line() {
        return name + (request.isEmpty() ? "" : " (demandé par le comité : " + request + ")") + " : " + link;
    }
}
