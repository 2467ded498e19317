package ma.ogp.pan.consultation;

import java.time.OffsetDateTime;

/** A citizen's comment as shown to the secretariat and, once approved, to everyone (never with its e-mail). */
public record PublicComment(long id, String reference, String commitmentTitle, String body, String authorName,
                            String organisation, String language, CommentStatus status, OffsetDateTime submittedAt) {
}
