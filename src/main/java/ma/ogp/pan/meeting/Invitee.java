package ma.ogp.pan.meeting;

/** Someone invited to a scheduled meeting; {@code email} may be empty (no mail can reach them). */
public record Invitee(long personId, String name, String organisation, String email) {
}
