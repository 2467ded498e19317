package ma.ogp.pan.config;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class DeploymentOnPostgresTest extends DeploymentScenarios {
}
