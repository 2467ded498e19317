package ma.ogp.pan.committee;

/** Someone who takes part in the co-creation; {@code login} is their Camunda user id, if they have one. */
public record Person(Long id, String login, String civility, String firstName, String lastName, String email,
                     long institutionId) {

    public String displayName() {
        return (civility == null ? "" : civility + " ") + firstName + " " + lastName;
    }
}
