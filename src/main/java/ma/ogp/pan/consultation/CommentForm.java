package ma.ogp.pan.consultation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor posts. {@code website} is a honeypot: hidden from people, filled only by robots. Messages are
 * keys of the public pages' bundles, so they show in the visitor's language. A bean, for Thymeleaf's form binding.
 */
public class CommentForm {

    public static final int MAX_BODY = 5000;

    @NotBlank(message = "{comment.body.required}")
    private String body;
    @Size(max = 120, message = "{comment.name.size}")
    private String name;
    @Size(max = 200, message = "{comment.organisation.size}")
    private String organisation;
    @Email(message = "{comment.email.invalid}")
    @Size(max = 254, message = "{comment.email.invalid}")
    private String email;
    @AssertTrue(message = "{comment.consent.required}")
    private boolean consent;
    private String website;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? null : body.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = blankToNull(name);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = blankToNull(organisation);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
