package ma.ogp.pan.plan;

/** The stages of a co-creation, in order. */
public enum Phase {
    CALL_FOR_COMMITMENTS("Appel à engagements"),
    COMMITTEE_REVIEW("Examen par le comité de pilotage"),
    REVISION("Révision des fiches"),
    PUBLIC_CONSULTATION("Consultation publique"),
    RANKING("Évaluation et classement"),
    ADOPTION("Adoption du PAN"),
    PUBLICATION("Publication");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
