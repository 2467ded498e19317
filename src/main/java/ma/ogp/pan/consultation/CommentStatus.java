package ma.ogp.pan.consultation;

/** A public comment arrives PENDING; only APPROVED ones are shown and exported. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED
}
