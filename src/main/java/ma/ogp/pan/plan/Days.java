package ma.ogp.pan.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A day as forms and files write it: exactly {@code AAAA-MM-JJ}, nothing before or after, a real calendar day.
 * {@link LocalDate#parse} alone takes "+10000-01-01" and a caller cutting to 10 characters ignored any tail.
 */
public final class Days {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Days() {
    }

    /** The day, or a {@link DateTimeParseException} for anything else (2024-02-30 included). */
    public static LocalDate parse(String text) {
        if (text == null || !DAY.matcher(text).matches()) {
            throw new DateTimeParseException("not AAAA-MM-JJ", text == null ? "" : text, 0);
        }
        return LocalDate.parse(text);
    }
}
