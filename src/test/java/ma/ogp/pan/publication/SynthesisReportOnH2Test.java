package ma.ogp.pan.publication;

class SynthesisReportOnH2Test extends SynthesisReportScenarios {
}
