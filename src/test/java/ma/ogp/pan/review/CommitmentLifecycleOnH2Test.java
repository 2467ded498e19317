package ma.ogp.pan.review;

class CommitmentLifecycleOnH2Test extends CommitmentLifecycleScenarios {
}
