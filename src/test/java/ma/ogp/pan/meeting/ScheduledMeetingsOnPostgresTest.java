package ma.ogp.pan.meeting;

import ma.ogp.pan.support.OnEmbeddedPostgres;

@OnEmbeddedPostgres
class ScheduledMeetingsOnPostgresTest extends ScheduledMeetingScenarios {
}
