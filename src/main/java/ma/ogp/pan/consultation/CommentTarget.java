package ma.ogp.pan.consultation;

/** The consultation and the commitment a comment is posted on. */
record CommentTarget(Consultation consultation, long commitmentId) {
}
