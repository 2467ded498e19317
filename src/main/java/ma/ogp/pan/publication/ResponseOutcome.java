package ma.ogp.pan.publication;

/** What became of a draft commitment or an idea, as the reasoned response tells it. */
public enum ResponseOutcome {
    ADOPTED("Retenu dans le plan"),
    MERGED("Fusionné avec un autre engagement"),
    CANCELLED("Annulé par le comité de pilotage"),
    NOT_RETAINED("Non retenu"),
    IDEA_TAKEN_UP("Idée reprise dans un engagement"),
    IDEA_NOT_TAKEN_UP("Idée non reprise");

    private final String label;

    ResponseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
