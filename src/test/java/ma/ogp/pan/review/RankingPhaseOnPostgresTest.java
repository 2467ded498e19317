package ma.ogp.pan.review;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class RankingPhaseOnPostgresTest extends RankingPhaseScenarios {
}
