package ma.ogp.pan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import ma.ogp.pan.meeting.ICalendar.Method;
import ma.ogp.pan.meeting.ScheduledMeeting.Kind;
import ma.ogp.pan.meeting.ScheduledMeeting.Status;
import org.junit.jupiter.api.Test;

/** The iCalendar text: escaping, folding, the zone's definition, request and cancel. */
class ICalendarTest {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void longAndSpecialTextsAreEscapedAndFoldedWithoutCuttingACharacter() {
        String title = "Réunion de coordination ; MSISF, société civile \\ « engagements » – تنسيق الالتزامات ⵜⴰⵎⴰⵣⵉⵖⵜ";
        String description = "Ordre du jour :\n- PAN3-01 : Programme d'appui, calendrier ; indicateurs\r\n- "
                + "é".repeat(100);
        ParsedCalendar ics = ParsedCalendar.parse(ICalendar.write(Method.REQUEST, meeting(title, 3), description,
                List.of(new Invitee(1, "Mme. Houdna BENNANI, ADFM", "ADFM", "hbennani@pan3.example.org"),
                        new Invitee(2, "M. Sans Adresse", "X", null)),
                "Secrétariat; PAN", "secretariat-pan@pan3.example.org", "pan.example.org", CASABLANCA,
                Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(ParsedCalendar.unescape(ics.event("SUMMARY"))).isEqualTo(title);
        assertThat(ParsedCalendar.unescape(ics.event("DESCRIPTION"))).isEqualTo(description.replace("\r\n", "\n"));
        assertThat(ics.eventProperty("ORGANIZER").parameters()).isEqualTo("CN=\"Secrétariat; PAN\"");
        assertThat(ics.all("ATTENDEE")).singleElement().satisfies(a -> {
            assertThat(a.parameters()).startsWith("CN=\"Mme. Houdna BENNANI, ADFM\";");
            assertThat(a.value()).isEqualTo("mailto:hbennani@pan3.example.org");
        });
        assertThat(ics.event("UID")).isEqualTo("pan-reunion-7@pan.example.org");
        assertThat(ics.event("SEQUENCE")).isEqualTo("3");
        assertThat(ics.event("DTSTAMP")).isEqualTo("20261201T100000Z");
    }

    @Test
    void timesAreInTheZoneItDefinesAndACancelHasItsMethodAndStatus() {
        ParsedCalendar ics = ParsedCalendar.parse(ICalendar.write(Method.CANCEL, meeting("Comité", 1), "", List.of(),
                "Secrétariat", "s@pan.example.org", "pan.example.org", CASABLANCA, Instant.now()));

        assertThat(ics.calendar("METHOD")).isEqualTo("CANCEL");
        assertThat(ics.event("STATUS")).isEqualTo("CANCELLED");
        assertThat(ics.eventProperty("DTSTART").parameters()).isEqualTo("TZID=Africa/Casablanca");
        assertThat(ics.event("DTSTART")).isEqualTo("20270315T100000");
        assertThat(ics.event("DTEND")).isEqualTo("20270315T120000");
        assertThat(ics.calendar("TZID")).isEqualTo("Africa/Casablanca");
        // the observance in force on 15 March 2027 (after Ramadan): UTC+1
        List<String> offsets = ics.properties().stream().filter(p -> p.name().equals("TZOFFSETTO"))
                .map(ParsedCalendar.Property::value).toList();
        assertThat(offsets).last().isEqualTo("+0100");
        assertThat(ics.properties()).noneMatch(p -> p.name().equals("DESCRIPTION"));
    }

    private static ScheduledMeeting meeting(String title, int sequence) {
        OffsetDateTime start = OffsetDateTime.of(2027, 3, 15, 10, 0, 0, 0, CASABLANCA.getRules()
                .getOffset(java.time.LocalDateTime.of(2027, 3, 15, 10, 0)));
        return new ScheduledMeeting(7L, 1, Kind.COORDINATION, title, "Rabat, salle 2", false, start,
                start.plusHours(2), null, 1L, sequence, Status.SCHEDULED, null, "oelmoustamide", start.minusDays(9));
    }
}
