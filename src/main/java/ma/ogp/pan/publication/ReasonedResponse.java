package ma.ogp.pan.publication;

/**
 * The published answer on one draft commitment or idea.
 *
 * @param subjectKind COMMITMENT or IDEA
 * @param reference   the commitment's or the idea's reference
 */
public record ReasonedResponse(String subjectKind, long subjectId, String reference, String title,
                               ResponseOutcome outcome, String text) {

    public static final String COMMITMENT = "COMMITMENT";
    public static final String IDEA = "IDEA";
}
