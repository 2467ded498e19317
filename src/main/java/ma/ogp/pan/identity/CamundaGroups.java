package ma.ogp.pan.identity;

import java.util.Locale;

import ma.ogp.pan.committee.PlanRole;
import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups of the co-creation: one per plan role, one per institution's focal points. */
public final class CamundaGroups {

    public static final String SECRETARIAT = "secretariat";
    public static final String COMMITTEE_GOVERNMENT = "committee-government";
    public static final String COMMITTEE_CIVIL_SOCIETY = "committee-civil-society";
    public static final String OGP_SUPPORT_UNIT = "ogp-support-unit";
    public static final String ADMINS = Groups.CAMUNDA_ADMIN;
    private static final String FOCAL_POINTS_PREFIX = "focal-points-";

    private CamundaGroups() {
    }

    public static String focalPoints(String institutionCode) {
        return FOCAL_POINTS_PREFIX + institutionCode.toLowerCase(Locale.ROOT);
    }

    public static boolean isFocalPoints(String groupId) {
        return groupId.startsWith(FOCAL_POINTS_PREFIX);
    }

    public static String of(PlanRole role, String institutionCode) {
        return switch (role) {
            case SECRETARIAT -> SECRETARIAT;
            case COMMITTEE_GOVERNMENT -> COMMITTEE_GOVERNMENT;
            case COMMITTEE_CIVIL_SOCIETY -> COMMITTEE_CIVIL_SOCIETY;
            case OGP_SUPPORT_UNIT -> OGP_SUPPORT_UNIT;
            case FOCAL_POINT -> focalPoints(institutionCode);
        };
    }
}
