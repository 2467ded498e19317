package ma.ogp.pan.ranking;

class RankingOnH2Test extends RankingScenarios {
}
