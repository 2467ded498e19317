package ma.ogp.pan.notification;

/**
 * One new task in a task mail: what to do ({@code name}), why (the commitment or the plan, and for a revision what
 * the committee asked), by when and where. {@code reference} sorts the tasks (the commitment's, else the plan's).
 */
public record TaskLine(String reference, String name, String why, String request, String due, String link) {
}
