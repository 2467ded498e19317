package ma.ogp.pan.consultation;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class HostileInputOnPostgresTest extends HostileInputScenarios {
}
