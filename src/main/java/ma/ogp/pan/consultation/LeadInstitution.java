package ma.ogp.pan.consultation;

/** An institution leading drafts under consultation, as the consultation's filter offers it. */
public record LeadInstitution(String code, String name) {
}
