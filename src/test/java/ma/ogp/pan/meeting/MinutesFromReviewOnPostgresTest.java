package ma.ogp.pan.meeting;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class MinutesFromReviewOnPostgresTest extends MinutesFromReviewScenarios {
}
