package ma.ogp.pan.consultation;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class CommentMailsOnPostgresTest extends CommentMailsScenarios {
}
