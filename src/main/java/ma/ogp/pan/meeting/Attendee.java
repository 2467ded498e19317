package ma.ogp.pan.meeting;

/** Someone at a meeting (or who may be), named as the minutes name them, with their organisation. */
public record Attendee(long personId, String name, String organisation) {
}
