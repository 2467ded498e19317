package ma.ogp.pan.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.committee.Sector;

/**
 * A role in a plan as the secretariat gives it. A committee member sits for her constituency: government or civil
 * society (international partners are observers, without a seat); a focal point acts for her own institution.
 */
enum RoleChoice {
    SECRETARIAT("Secrétariat"),
    COMMITTEE("Membre du comité de pilotage"),
    FOCAL_POINT("Point focal de son institution"),
    SUPPORT_UNIT("Unité de soutien de l'OGP");

    private final String label;

    RoleChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored role for a person of this sector; empty when she cannot hold it (a partner on the committee). */
    Optional<PlanRole> planRole(Sector sector) {
        return switch (this) {
            case SECRETARIAT -> Optional.of(PlanRole.SECRETARIAT);
            case FOCAL_POINT -> Optional.of(PlanRole.FOCAL_POINT);
            case SUPPORT_UNIT -> Optional.of(PlanRole.OGP_SUPPORT_UNIT);
            case COMMITTEE -> switch (sector) {
                case GOVERNMENT -> Optional.of(PlanRole.COMMITTEE_GOVERNMENT);
                case CIVIL_SOCIETY -> Optional.of(PlanRole.COMMITTEE_CIVIL_SOCIETY);
                case INTERNATIONAL -> Optional.empty();
            };
        };
    }

    static RoleChoice of(PlanRole role) {
        return switch (role) {
            case SECRETARIAT -> SECRETARIAT;
            case COMMITTEE_GOVERNMENT, COMMITTEE_CIVIL_SOCIETY -> COMMITTEE;
            case FOCAL_POINT -> FOCAL_POINT;
            case OGP_SUPPORT_UNIT -> SUPPORT_UNIT;
        };
    }

    /** A role as a form or a file names it: its code, in any case. */
    static Optional<RoleChoice> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    }
}
