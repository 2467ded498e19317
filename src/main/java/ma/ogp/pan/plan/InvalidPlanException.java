package ma.ogp.pan.plan;

import org.springframework.http.HttpStatus;

/** A plan the secretariat entered, or an action on it, that is refused; the message says why, in French. */
public class InvalidPlanException extends RuntimeException {

    public InvalidPlanException(String message) {
        super(message);
    }

    /** The answer's status: the input is wrong. */
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
