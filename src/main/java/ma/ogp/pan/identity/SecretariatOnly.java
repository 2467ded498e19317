package ma.ogp.pan.identity;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** The staff pages that only the secretariat (or an administrator) may use. */
public final class SecretariatOnly {

    private SecretariatOnly() {
    }

    /** A 403 with a message for anyone else. */
    public static void require(Authentication user) {
        if (!is(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Réservé au secrétariat");
        }
    }

    public static boolean is(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("GROUP_" + CamundaGroups.SECRETARIAT) || a.equals("GROUP_" + CamundaGroups.ADMINS));
    }
}
