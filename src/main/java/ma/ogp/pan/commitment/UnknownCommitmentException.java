package ma.ogp.pan.commitment;

import org.camunda.bpm.engine.BadUserRequestException;

/** A commitment named by a user does not exist: a 400 with its name, never a 500. */
public class UnknownCommitmentException extends BadUserRequestException {

    public UnknownCommitmentException(String which) {
        super("Engagement inconnu : " + which);
    }
}
