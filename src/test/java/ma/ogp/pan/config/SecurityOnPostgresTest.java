package ma.ogp.pan.config;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class SecurityOnPostgresTest extends SecurityScenarios {
}
