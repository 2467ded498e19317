package ma.ogp.pan.commitment;

import ma.ogp.pan.process.FormInputException;

/** A fiche that cannot be stored, with the form field at fault. */
public class InvalidFicheException extends FormInputException {

    public InvalidFicheException(String field, String message) {
        super(field, message);
    }
}
