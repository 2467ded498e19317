package ma.ogp.pan.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's entry of a meeting. Dates stay text until {@link MinutesService} reads them, so that a bad date
 * gets the same clear message as any other refusal. Agenda, points discussed and decisions: one item per line.
 */
public class MeetingForm extends MeetingFields {

    private String heldOn;
    private List<Long> attendees = new ArrayList<>();
    private List<Long> absentees = new ArrayList<>();
    private List<Integer> rounds = new ArrayList<>();
    private String discussion;
    private String decisions;
    private Long scheduledMeeting;
    private final Map<Long, AgreementText> agreements = new LinkedHashMap<>();

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : attendees;
    }

    public List<Long> getAbsentees() {
        return absentees;
    }

    public void setAbsentees(List<Long> absentees) {
        this.absentees = absentees == null ? new ArrayList<>() : absentees;
    }

    /** The review rounds the meeting discussed: it takes their observations for its minutes. */
    public List<Integer> getRounds() {
        return rounds;
    }

    public void setRounds(List<Integer> rounds) {
        this.rounds = rounds == null ? new ArrayList<>() : rounds;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    /** The scheduled meeting this record is of, if it was scheduled. */
    public Long getScheduledMeeting() {
        return scheduledMeeting;
    }

    public void setScheduledMeeting(Long scheduledMeeting) {
        this.scheduledMeeting = scheduledMeeting;
    }

    /**
     * What a coordination meeting agreed, by commitment id; filled by the controller from fields named after each
     * commitment of the scheduled meeting, never bound from the request by index.
     */
    public Map<Long, AgreementText> getAgreements() {
        return agreements;
    }

    /** One commitment's agreement as entered: activities, calendar, indicators (each may be blank). */
    public record AgreementText(String activities, String calendar, String indicators) {

        public boolean isBlank() {
            return blank(activities) && blank(calendar) && blank(indicators);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
