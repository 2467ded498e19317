package ma.ogp.pan.consultation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a visitor posts, without the blanks around it; a text with nothing visible is none (see {@link CommentText}).
 * {@code website} is a honeypot: hidden from people, filled only by robots. {@code submissionKey} is the form's one-time
 * key (optional: a client without it just gets no protection against its own resends). Messages are
 * keys of the public pages' bundles, so they show in the visitor's language. A bean, for Thymeleaf's form binding.
 */
public class CommentForm {

    public static final int MAX_BODY = 5000;

    @NotNull(message = "{comment.body.required}")
    @Pattern(regexp = CommentText.WITHOUT_CONTROLS, message = "{comment.body.control}")
    private String body;
    @MaxChars(value = 120, message = "{comment.name.size}")
    @Pattern(regexp = CommentText.WITHOUT_CONTROLS, message = "{comment.name.control}")
    private String name;
    @MaxChars(value = 200, message = "{comment.organisation.size}")
    @Pattern(regexp = CommentText.WITHOUT_CONTROLS, message = "{comment.organisation.control}")
    private String organisation;
    @Email(message = "{comment.email.invalid}")
    @MaxChars(value = 254, message = "{comment.email.invalid}")
    @Pattern(regexp = CommentText.WITHOUT_CONTROLS, message = "{comment.email.invalid}")
    private String email;
    @AssertTrue(message = "{comment.consent.required}")
    private boolean consent;
    private String website;
    /** Drawn for each form shown, hidden: the same post sent twice stores one comment. */
    @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "{comment.refused}")
    private String submissionKey;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = CommentText.visibleOrNull(body);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = CommentText.visibleOrNull(name);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = CommentText.visibleOrNull(organisation);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = CommentText.visibleOrNull(email);
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

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
