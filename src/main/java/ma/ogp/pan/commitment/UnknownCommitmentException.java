package ma.ogp.pan.commitment;

import ma.ogp.pan.process.FormInputException;

/** A commitment named in a form does not exist: a 400 with its name, never a 500. */
public class UnknownCommitmentException extends FormInputException {

    public UnknownCommitmentException(String which) {
        super("commitment", "Engagement inconnu : " + which);
    }
}
