package ma.ogp.pan.review;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class LifecycleEndingOnPostgresTest extends LifecycleEndingScenarios {
}
