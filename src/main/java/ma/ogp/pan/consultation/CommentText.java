package ma.ogp.pan.consultation;

import java.util.Set;

/**
 * What a visitor's text may hold, one rule on H2 and PostgreSQL. Lengths count characters (code points): an emoji
 * is one, as people and PostgreSQL count. Controls are refused, not removed, so that nothing is published other
 * than what the visitor saw: PostgreSQL refuses NUL, and the others would reach the pages and the open data.
 */
final class CommentText {

    /** No C0 or C1 control character but tab, line feed and carriage return. */
    static final String WITHOUT_CONTROLS = "[\\t\\n\\r\\P{Cc}]*";

    /** Letters and symbols that show nothing: the Hangul fillers and the Braille blank. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private CommentText() {
    }

    static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The text without the blanks around it (spaces of every kind, zero-width and direction marks, byte-order mark,
     * fillers); null when nothing visible is left, combining marks alone included.
     */
    static String visibleOrNull(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        String trimmed = text.substring(start, end);
        return trimmed.codePoints().allMatch(c -> isBlank(c) || isMark(c)) ? null : trimmed;
    }

    private static boolean isBlank(int c) {
        return c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || BLANK_LETTERS.contains(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
