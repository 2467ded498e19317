package ma.ogp.pan.review;

class DeadlinesOnH2Test extends DeadlineScenarios {
}
