package ma.ogp.pan.review;

/** The kinds of change a reviewer can suggest for a fiche. */
public enum SuggestionKind {
    REWORD_TITLE("Reformuler le titre"),
    REWORD_PROBLEM("Reformuler la problématique"),
    DETAIL_CALENDAR("Détailler le calendrier"),
    DETAIL_SOLUTION("Détailler la solution proposée"),
    ADD_ACTIVITIES("Ajouter des activités"),
    ADD_INDICATORS("Ajouter des indicateurs");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
