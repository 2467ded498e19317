package ma.ogp.pan.publication;

/** One OGP co-creation minimum requirement as the data shows it, with where to check the evidence. */
public record ComplianceRequirement(String title, Status status, String evidence, String evidenceUrl) {

    public enum Status {
        MET("Respectée"),
        NOT_MET("Non respectée"),
        NOT_YET_APPLICABLE("Pas encore applicable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
