package ma.ogp.pan.people;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class PeopleOnPostgresTest extends PeopleScenarios {
}
