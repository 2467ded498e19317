package ma.ogp.pan.meeting;

class MinutesOnH2Test extends MinutesScenarios {
}
