package ma.ogp.pan.meeting;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class MinutesOnPostgresTest extends MinutesScenarios {
}
