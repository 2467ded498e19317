package ma.ogp.pan.plan;

/** A plan the secretariat entered, or an action on it, that is refused; the message says why, in French. */
public class InvalidPlanException extends RuntimeException {

    public InvalidPlanException(String message) {
        super(message);
    }
}
