package ma.ogp.pan.meeting;

/** A meeting the secretariat entered that cannot be recorded; the message says why, in French. */
public class InvalidMeetingException extends RuntimeException {

    public InvalidMeetingException(String message) {
        super(message);
    }
}
