package ma.ogp.pan.publication;

import java.util.List;

/** Ideas refused as a whole, with every reason (an import names the line of each). */
public class IdeaRefusal extends RuntimeException {

    private final List<String> errors;

    public IdeaRefusal(List<String> errors) {
        super(String.join(" ; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
