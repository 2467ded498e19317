package ma.ogp.pan.commitment;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A fiche that cannot be stored, with the form field at fault. A {@link BadUserRequestException}: the engine REST
 * API answers 400 with the message, and Tasklist shows it on submit; the transaction rolls back.
 */
public class InvalidFicheException extends BadUserRequestException {

    private final String field;

    public InvalidFicheException(String field, String message) {
        super(message + " (" + field + ")");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
