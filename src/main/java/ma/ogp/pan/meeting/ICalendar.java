package ma.ogp.pan.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 5545 text of a meeting's invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL), as RFC 5546
 * (iTIP) sends them: times in the plan's zone with its VTIMEZONE, text values escaped, lines folded at 75 octets
 * and ended by CRLF.
 */
final class ICalendar {

    enum Method {
        REQUEST,
        CANCEL
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final List<String> lines = new ArrayList<>();

    private ICalendar() {
    }

    /**
     * @param organizer the secretariat's name and address
     * @param domain    the right-hand part of the UID, so that it is unique beyond this application
     */
    static String write(Method method, ScheduledMeeting meeting, String description, List<Invitee> invitees,
                        String organizerName, String organizerEmail, String domain, ZoneId zone, Instant stamp) {
        ICalendar ics = new ICalendar();
        ics.add("BEGIN:VCALENDAR");
        ics.add("PRODID:-//OGP Maroc//pan-cocreation//FR");
        ics.add("VERSION:2.0");
        ics.add("CALSCALE:GREGORIAN");
        ics.add("METHOD:" + method);
        ics.timeZone(zone, meeting.startsAt().toInstant(), meeting.endsAt().toInstant());
        ics.add("BEGIN:VEVENT");
        ics.add("UID:" + text(meeting.uid(domain)));
        ics.add("DTSTAMP:" + UTC.format(stamp));
        ics.add("SEQUENCE:" + meeting.sequenceNo());
        ics.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(meeting.startsAt().atZoneSameInstant(zone)));
        ics.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(meeting.endsAt().atZoneSameInstant(zone)));
        ics.add("SUMMARY;LANGUAGE=fr:" + text(meeting.title()));
        ics.add("LOCATION;LANGUAGE=fr:" + text(meeting.location()));
        if (!description.isBlank()) {
            ics.add("DESCRIPTION;LANGUAGE=fr:" + text(description));
        }
        ics.add("STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        ics.add("TRANSP:OPAQUE");
        ics.add("ORGANIZER;CN=" + param(organizerName) + ":mailto:" + organizerEmail);
        for (Invitee invitee : invitees) {
            if (invitee.email() != null && !invitee.email().isBlank()) {
                ics.add("ATTENDEE;CN=" + param(invitee.name()) + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
                        + "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + invitee.email());
            }
        }
        ics.add("END:VEVENT");
        ics.add("END:VCALENDAR");
        return String.join("", ics.lines);
    }

    /**
     * The zone's definition around the meeting: the observance in force at its start and any change before its end
     * (Morocco moves its clocks around Ramadan), as the TZID of DTSTART and DTEND requires.
     */
    private void timeZone(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        add("BEGIN:VTIMEZONE");
        add("TZID:" + zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(start.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(start);
            observance(rules.isDaylightSavings(start), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (ZoneOffsetTransition t = previous; t != null && t.getInstant().isBefore(end);
             t = rules.nextTransition(t.getInstant())) {
            observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter());
        }
        add("END:VTIMEZONE");
    }

    private void observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        add("BEGIN:" + kind);
        add("DTSTART:" + LOCAL.format(onset));
        add("TZOFFSETFROM:" + offset(from));
        add("TZOFFSETTO:" + offset(to));
        add("END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String hhmm = "%02d%02d".formatted(abs / 3600, abs / 60 % 60);
        return (seconds < 0 ? "-" : "+") + hhmm + (abs % 60 == 0 ? "" : "%02d".formatted(abs % 60));
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped, controls dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value (RFC 5545 3.2): quoted when it holds a colon, semicolon or comma; quotes cannot appear. */
    static String param(String value) {
        String clean = value.codePoints().filter(c -> c != '"' && (c == '\t' || !Character.isISOControl(c)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.matches(".*[:;,].*") ? "\"" + clean + "\"" : clean;
    }

    /** Adds a content line, folded (RFC 5545 3.1): at most 75 octets a line, never inside a character. */
    private void add(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        lines.add(folded.append("\r\n").toString());
    }
}
