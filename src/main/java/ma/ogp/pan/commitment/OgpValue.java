package ma.ogp.pan.commitment;

/** The openness principles a commitment must serve. */
public enum OgpValue {
    TRANSPARENCY("Transparence"),
    CIVIC_PARTICIPATION("Participation citoyenne"),
    PUBLIC_ACCOUNTABILITY("Redevabilité"),
    TECHNOLOGY_INNOVATION("Technologie et innovation");

    private final String label;

    OgpValue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
