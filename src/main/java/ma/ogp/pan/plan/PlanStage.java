package ma.ogp.pan.plan;

/** Where a plan stands between its set-up on the staff pages and the end of its co-creation. */
public enum PlanStage {
    DRAFT("Brouillon, non public"),
    PUBLISHED("Calendrier publié, co-création pas encore lancée"),
    RUNNING("Co-création en cours"),
    CLOSED("Co-création terminée");

    private final String label;

    PlanStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The plan, its phases and its deadlines can change only until its co-creation starts. */
    public boolean editable() {
        return this == DRAFT || this == PUBLISHED;
    }
}
