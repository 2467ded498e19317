package ma.ogp.pan.plan;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class PlanSetupOnPostgresTest extends PlanSetupScenarios {
}
