package ma.ogp.pan.commitment;

import org.springframework.http.HttpStatus;

/** A version page asked for something that is not there (404) or is not a version number (400); French message. */
public class VersionRefusal extends RuntimeException {

    private final HttpStatus status;

    VersionRefusal(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static VersionRefusal notFound(String message) {
        return new VersionRefusal(HttpStatus.NOT_FOUND, message);
    }

    public HttpStatus status() {
        return status;
    }
}
