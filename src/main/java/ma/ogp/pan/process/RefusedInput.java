package ma.ogp.pan.process;

/** What a person sent and the server refuses, with the field at fault, in French: answered as a 400. */
public class RefusedInput extends RuntimeException {

    private final String field;

    public RefusedInput(String field, String message) {
        super(field == null ? message : message + " (" + field + ")");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
