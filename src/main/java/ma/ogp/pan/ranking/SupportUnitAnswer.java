package ma.ogp.pan.ranking;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the OGP Support Unit said about the ranked shortlist.
 *
 * @param outcome  ANSWERED, NO_ANSWER (the delay ran out), or null while it is awaited
 * @param feedback per commitment id
 */
public record SupportUnitAnswer(String outcome, String generalOpinion, OffsetDateTime dueAt,
                                Map<Long, String> feedback) {

    public String summary() {
        if (outcome == null) {
            return "Avis de l'Unité de soutien de l'OGP attendu";
        }
        return "NO_ANSWER".equals(outcome) ? "L'Unité de soutien de l'OGP n'a pas répondu dans le délai"
                : "Avis de l'Unité de soutien de l'OGP : " + (generalOpinion == null ? "(sans avis général)" : generalOpinion);
    }
}
