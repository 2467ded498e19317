package ma.ogp.pan.review;

class LifecycleEndingOnH2Test extends LifecycleEndingScenarios {
}
