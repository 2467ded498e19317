package ma.ogp.pan.commitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordination meeting with the institution and the committee's civil-society members agreed for one
 * commitment: the activities, their calendar, the indicators (any of them may be empty, not all).
 */
public record CoordinationAgreement(long commitmentId, long meetingId, LocalDate heldOn, String meetingTitle,
                                   String activities, String calendar, String indicators) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The agreement as the revision form shows it, one paragraph per part. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("Réunion de coordination du " + heldOn.format(DAY) + " (" + meetingTitle + ")");
        if (activities != null) {
            parts.add("Activités convenues : " + activities);
        }
        if (calendar != null) {
            parts.add("Calendrier convenu : " + calendar);
        }
        if (indicators != null) {
            parts.add("Indicateurs convenus : " + indicators);
        }
        return String.join("\n", parts);
    }
}
