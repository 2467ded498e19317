package ma.ogp.pan.followup;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class FollowUpOnPostgresTest extends FollowUpScenarios {
}
