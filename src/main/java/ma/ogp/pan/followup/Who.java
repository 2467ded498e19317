package ma.ogp.pan.followup;

/** A person as the secretariat knows her: name and organisation, never her login. */
public record Who(String name, String organisation) {

    /** Someone the application does not know (a login without a person): shown as such rather than hidden. */
    static Who unknown(String login) {
        return login == null ? new Who("Personne", "tâche non assignée")
                : new Who("Compte " + login, "organisation inconnue");
    }

    @Override
    public String toString() {
        return name + " (" + organisation + ")";
    }
}
