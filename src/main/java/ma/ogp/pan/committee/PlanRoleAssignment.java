package ma.ogp.pan.committee;

/** One role of one person, with what is needed to derive their Camunda group. */
public record PlanRoleAssignment(String login, PlanRole role, String institutionCode) {
}
