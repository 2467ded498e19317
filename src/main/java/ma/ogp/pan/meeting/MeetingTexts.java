package ma.ogp.pan.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.Days;

/** The checks of a meeting's entries, the same whether it is scheduled or recorded; lengths in characters. */
final class MeetingTexts {

    /** How the minutes name the place of a meeting held remotely when no other wording is given. */
    static final String REMOTE = "Réunion à distance";
    static final int MAX_NAME = 300;
    static final int MAX_ITEM = 4000;

    private MeetingTexts() {
    }

    /** The stripped text, refused with {@code missing} when blank, or when longer than a title may be. */
    static String required(String text, String missing) {
        if (blank(text)) {
            throw new InvalidMeetingException(missing);
        }
        String value = text.strip();
        if (length(value) > MAX_NAME) {
            throw new InvalidMeetingException("« " + value.substring(0, value.offsetByCodePoints(0, 40))
                    + "… » dépasse " + MAX_NAME + " caractères.");
        }
        return value;
    }

    /** The meeting's day: exactly AAAA-MM-JJ, within the plan's period widened by a year on each side. */
    static LocalDate day(String text, ActionPlan plan) {
        LocalDate day;
        try {
            day = Days.parse(required(text, "Indiquez la date de la réunion."));
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingException("La date de la réunion n'est pas une date valide (AAAA-MM-JJ).");
        }
        if (!plan.allows(day)) {
            throw new InvalidMeetingException("La date de la réunion est hors de la période du plan " + plan.code()
                    + " (du " + plan.earliestDate() + " au " + plan.latestDate() + ").");
        }
        return day;
    }

    /** The place, or the remote wording when the meeting is remote and no place is given. */
    static String location(MeetingFields form) {
        return form.isRemote() && blank(form.getLocation()) ? REMOTE
                : required(form.getLocation(), "Indiquez le lieu de la réunion, ou cochez « à distance ».");
    }

    /** The stripped text, null when blank; {@code what} names it when it is too long. */
    static String optional(String text, String what) {
        if (blank(text)) {
            return null;
        }
        if (length(text.strip()) > MAX_ITEM) {
            throw new InvalidMeetingException(what + " dépasse " + MAX_ITEM + " caractères.");
        }
        return text.strip();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
