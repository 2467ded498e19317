package ma.ogp.pan.consultation;

/** Why the secretariat did not publish a comment: a fixed list, so moderation stays accountable. */
public enum RejectionReason {
    OFF_TOPIC("Hors sujet"),
    ABUSIVE("Propos injurieux"),
    PERSONAL_DATA("Données personnelles"),
    DUPLICATE("Doublon");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
