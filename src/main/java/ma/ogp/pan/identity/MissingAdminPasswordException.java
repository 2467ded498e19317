package ma.ogp.pan.identity;

/** Start-up refuses to run with an administrator account that has no password. */
public class MissingAdminPasswordException extends IllegalStateException {

    public MissingAdminPasswordException(String message) {
        super(message);
    }
}
