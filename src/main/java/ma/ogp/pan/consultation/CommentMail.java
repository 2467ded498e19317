package ma.ogp.pan.consultation;

/** A comment as its author's mails tell it: read only to write them, never shown on a page. */
record CommentMail(long id, String reference, String commitmentTitle, String body, String email, String language,
                   CommentStatus status, RejectionReason rejectionReason) {
}
