package ma.ogp.pan.meeting;

import java.time.OffsetDateTime;

/**
 * A meeting the secretariat scheduled: its invitations carry {@code sequenceNo} (0, then one more per move or
 * cancellation); once held and recorded, {@code meetingId} is its record.
 */
public record ScheduledMeeting(Long id, long planId, Kind kind, String title, String location, boolean remote,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, String agenda, Long institutionId,
                               int sequenceNo, Status status, Long meetingId, String scheduledBy,
                               OffsetDateTime scheduledAt) {

    public enum Kind {
        /** a meeting of the steering committee */
        COMMITTEE("Réunion du comité de pilotage"),
        /** with one administration and the committee's civil-society members, on some of its commitments */
        COORDINATION("Réunion de coordination");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        SCHEDULED,
        CANCELLED,
        HELD
    }

    /** The iCalendar UID: the same for every invitation, update and cancellation of this meeting. */
    public String uid(String domain) {
        return "pan-reunion-" + id + "@" + domain;
    }
}
