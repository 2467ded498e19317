package ma.ogp.pan.meeting;

class ScheduledMeetingsOnH2Test extends ScheduledMeetingScenarios {
}
