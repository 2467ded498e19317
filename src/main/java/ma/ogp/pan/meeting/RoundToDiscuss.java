package ma.ogp.pan.meeting;

import java.time.OffsetDateTime;

/**
 * A review round of the plan (numbered as the commitments count them: 0 is the first review) with the observations
 * of its closed commitments that no meeting took yet, and when the last of them closed.
 */
public record RoundToDiscuss(int roundNo, int observations, int commitments, OffsetDateTime lastClosedAt) {

    /** How the secretariat's form names the round. */
    public String label() {
        return roundNo == 0 ? "Premier examen" : "Examen n° " + (roundNo + 1);
    }
}
