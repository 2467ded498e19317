package ma.ogp.pan.plan;

class PlanSetupOnH2Test extends PlanSetupScenarios {
}
