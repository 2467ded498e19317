package ma.ogp.pan.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's scheduling of a meeting (and its move: day, times and place only). Every value stays text
 * until {@link ScheduledMeetingService} reads it, so that each refusal gets its own French message.
 */
public class ScheduleForm extends MeetingFields {

    private String kind = ScheduledMeeting.Kind.COMMITTEE.name();
    private String day;
    private String startTime;
    private String endTime;
    private Long institution;
    private List<Long> invitees = new ArrayList<>();
    private List<Long> commitments = new ArrayList<>();

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    /** The administration of a coordination meeting. */
    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public List<Long> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<Long> invitees) {
        this.invitees = invitees == null ? new ArrayList<>() : invitees;
    }

    /** The commitments a coordination meeting examines. */
    public List<Long> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<Long> commitments) {
        this.commitments = commitments == null ? new ArrayList<>() : commitments;
    }
}
