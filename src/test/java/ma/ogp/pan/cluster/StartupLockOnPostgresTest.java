package ma.ogp.pan.cluster;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class StartupLockOnPostgresTest extends StartupLockTest {
}
