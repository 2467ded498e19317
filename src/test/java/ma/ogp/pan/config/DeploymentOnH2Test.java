package ma.ogp.pan.config;

class DeploymentOnH2Test extends DeploymentScenarios {
}
