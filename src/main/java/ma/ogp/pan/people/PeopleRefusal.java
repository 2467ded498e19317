package ma.ogp.pan.people;

import java.util.List;

/** Institutions or people refused as a whole, with every reason (an import names the line of each). */
class PeopleRefusal extends RuntimeException {

    private final List<String> errors;

    PeopleRefusal(List<String> errors) {
        super(String.join(" ; ", errors));
        this.errors = List.copyOf(errors);
    }

    List<String> errors() {
        return errors;
    }
}
