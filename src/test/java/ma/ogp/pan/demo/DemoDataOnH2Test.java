package ma.ogp.pan.demo;

class DemoDataOnH2Test extends DemoDataScenarios {
}
