package ma.ogp.pan.commitment;

/** Where a commitment stands in its lifecycle; the last four are final. */
public enum CommitmentStatus {
    SUBMITTED("Soumis"),
    UNDER_REVIEW("En examen par le comité"),
    REVISION_REQUESTED("Révision demandée"),
    AWAITING_DETAILED_FICHE("En attente d'une fiche détaillée"),
    AWAITING_CIVIL_SOCIETY_REMARKS("En attente des remarques de la société civile"),
    ACCEPTED("Retenu par le comité"),
    MERGED("Fusionné"),
    CANCELLED("Annulé"),
    ADOPTED("Adopté"),
    NOT_RETAINED("Non retenu");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
