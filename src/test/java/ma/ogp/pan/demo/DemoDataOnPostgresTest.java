package ma.ogp.pan.demo;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class DemoDataOnPostgresTest extends DemoDataScenarios {
}
