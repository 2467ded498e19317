package ma.ogp.pan.review;

class RankingPhaseOnH2Test extends RankingPhaseScenarios {
}
