package ma.ogp.pan.meeting;

import java.util.List;

import ma.ogp.pan.plan.ActionPlan;

/**
 * The relevé de conclusions of a meeting, assembled from what was recorded: who came, which member organisations
 * were absent, the agenda, the points discussed, the observations per commitment and the points decided.
 */
public record Minutes(ActionPlan plan, Meeting meeting, List<Attendee> attendees, List<String> absentees,
                      List<String> agenda, List<String> discussion, List<CommitmentObservations> commitments,
                      List<String> decisions) {

    /**
     * One row of the minutes' table: a commitment, numbered as in the plan, the title reviewed (and the revised one
     * when the revision changed it), and what the meeting said of it.
     */
    public record CommitmentObservations(int number, String reference, String title, String newTitle,
                                         List<ObservationLine> observations) {
    }
}
