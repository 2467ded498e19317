package ma.ogp.pan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator account; its password never has a default outside the demo profile. */
@ConfigurationProperties("pan.admin")
public record AdminProperties(String user, String password) {

    public AdminProperties {
        if (user == null || user.isBlank()) {
            throw new MissingAdminPasswordException("pan.admin.user (PAN_ADMIN_USER) is empty");
        }
        if (password == null || password.isBlank()) {
            throw new MissingAdminPasswordException("""
                    No administrator password: set the environment variable PAN_ADMIN_PASSWORD \
                    (the postgres profile has no default password)""");
        }
    }
}
