package ma.ogp.pan.consultation;

class CommentMailsOnH2Test extends CommentMailsScenarios {
}
