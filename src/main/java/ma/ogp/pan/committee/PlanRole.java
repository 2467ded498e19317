package ma.ogp.pan.committee;

/** What a person does in one action plan's co-creation; each role maps to a Camunda group. */
public enum PlanRole {
    SECRETARIAT,
    COMMITTEE_GOVERNMENT,
    COMMITTEE_CIVIL_SOCIETY,
    /** submits and revises the fiches of their own institution */
    FOCAL_POINT,
    OGP_SUPPORT_UNIT
}
