package ma.ogp.pan.commitment;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class CommitmentVersionPagesOnPostgresTest extends CommitmentVersionPagesScenarios {
}
