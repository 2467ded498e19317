package ma.ogp.pan.plan;

import java.time.OffsetDateTime;

/** A due date that timers read; {@code initialDueAt} is kept when extensions move {@code dueAt}. */
public record Deadline(Long id, long planId, String kind, OffsetDateTime dueAt, OffsetDateTime initialDueAt) {

    public static final String REVIEW_COMMENTS = "REVIEW_COMMENTS";
    public static final String REVISION = "REVISION";
    public static final String PUBLIC_CONSULTATION = "PUBLIC_CONSULTATION";
    public static final String ASSESSMENT = "ASSESSMENT";

    public String label() {
        return label(kind);
    }

    /** What a deadline of this kind is for, in French; the kind itself for one without a label. */
    public static String label(String kind) {
        return switch (kind) {
            case REVIEW_COMMENTS -> "Remarques du comité sur les engagements proposés";
            case REVISION -> "Mise à jour des fiches par les institutions";
            case PUBLIC_CONSULTATION -> "Clôture de la consultation publique";
            case ASSESSMENT -> "Évaluation de l'impact par les membres du comité";
            default -> kind;
        };
    }
}
