package ma.ogp.pan.review;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class DeadlinesOnPostgresTest extends DeadlineScenarios {
}
