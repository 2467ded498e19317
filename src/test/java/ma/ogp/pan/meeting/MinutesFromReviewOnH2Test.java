package ma.ogp.pan.meeting;

class MinutesFromReviewOnH2Test extends MinutesFromReviewScenarios {
}
