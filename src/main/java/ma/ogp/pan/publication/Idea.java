package ma.ogp.pan.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * An idea from a non-governmental actor, and the references of the commitments that took it up.
 *
 * @param authorEmail for the mail when the reasoned responses are published; never shown nor exported
 */
public record Idea(Long id, long planId, String reference, String title, String description,
                   String authorOrganisation, String theme, String authorEmail, LocalDate submittedOn,
                   List<String> commitmentReferences) {
}
