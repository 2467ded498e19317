package ma.ogp.pan.config;

class SecurityOnH2Test extends SecurityScenarios {
}
