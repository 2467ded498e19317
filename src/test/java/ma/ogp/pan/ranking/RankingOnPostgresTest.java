package ma.ogp.pan.ranking;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class RankingOnPostgresTest extends RankingScenarios {
}
