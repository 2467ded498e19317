package ma.ogp.pan.followup;

import java.time.OffsetDateTime;
import java.util.List;

import ma.ogp.pan.commitment.Commitment;

/**
 * Who owes what on one commitment: its latest review round, the secretariat's consolidation and the institution's
 * revision, each still open with a link to its task.
 */
public record CommitmentDues(Commitment commitment, Round round, Pending consolidation, List<Pending> revisions) {

    /**
     * A review round (numbered from 1 as people count them): who sent observations, who did not (yet); open while
     * its review tasks are.
     */
    public record Round(int number, boolean open, List<Who> received, List<Who> missing, OffsetDateTime dueAt,
                        boolean late) {

        public int expected() {
            return received.size() + missing.size();
        }
    }

    /** An open task: who has it (a person or an institution), by when, whether it is late, its Tasklist path. */
    public record Pending(String holder, OffsetDateTime dueAt, boolean late, String link) {
    }

    public boolean late() {
        return (round != null && round.late()) || (consolidation != null && consolidation.late())
                || revisions.stream().anyMatch(Pending::late);
    }
}
