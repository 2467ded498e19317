package ma.ogp.pan.publication;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class SynthesisReportOnPostgresTest extends SynthesisReportScenarios {
}
