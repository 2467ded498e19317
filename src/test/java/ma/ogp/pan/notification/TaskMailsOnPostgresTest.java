package ma.ogp.pan.notification;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class TaskMailsOnPostgresTest extends TaskMailScenarios {
}
