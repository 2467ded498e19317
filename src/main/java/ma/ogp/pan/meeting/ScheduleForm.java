package ma.ogp.pan.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's scheduling of a meeting (and its move: day, times and place only). Every value stays text
 * until {@link ScheduledMeetingService} reads it, so that each refusal gets its own French message.
 */
public class ScheduleForm {

    private String kind = ScheduledMeeting.Kind.COMMITTEE.name();
    private String title;
    private String day;
    private String startTime;
    private String endTime;
    private String location;
    private boolean remote;
    private String agenda;
    private Long institution;
    private List<Long> invitees = new ArrayList<>();
    private List<Long> commitments = new ArrayList<>();

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
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
