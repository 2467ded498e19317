package ma.ogp.pan.process;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class EngineBoundaryOnPostgresTest extends EngineBoundaryScenarios {
}
