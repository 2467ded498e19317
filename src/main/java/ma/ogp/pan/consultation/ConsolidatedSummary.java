package ma.ogp.pan.consultation;

import java.util.List;

/**
 * A draft's approved comments as the institution's revision task and the committee's assessment sheet show them.
 * Bounded: a popular draft's comments would fill megabytes of task forms (and overflowed the summary column, which
 * left the plan stuck); past the budget a last line counts the others and points to the open data, which has all.
 */
final class ConsolidatedSummary {

    /** In characters (code points): about a hundred short comments, or four at the maximum length. */
    static final int BUDGET = 20_000;

    private ConsolidatedSummary() {
    }

    static String of(List<PublicComment> approved, String openDataUrl) {
        StringBuilder text = new StringBuilder();
        int used = 0;
        int shown = 0;
        for (PublicComment comment : approved) {
            String line = line(comment);
            int length = line.codePointCount(0, line.length()) + 1;
            if (used + length > BUDGET) {
                break;
            }
            text.append(shown == 0 ? "" : "\n").append(line);
            used += length;
            shown++;
        }
        int more = approved.size() - shown;
        if (more > 0) {
            text.append("\n… et ").append(more).append(" autre(s) contribution(s) publiée(s), voir les données ouvertes : ")
                    .append(openDataUrl);
        }
        return text.toString();
    }

    private static String line(PublicComment comment) {
        return "• " + comment.body() + " — " + (comment.authorName() == null ? "anonyme" : comment.authorName())
                + (comment.organisation() == null ? "" : ", " + comment.organisation());
    }
}
