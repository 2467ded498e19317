package ma.ogp.pan.adoption;

/** The secretariat's choice for one ranked commitment; a commitment left out carries the reason to publish. */
public record Selection(long commitmentId, boolean selected, String reason) {
}
