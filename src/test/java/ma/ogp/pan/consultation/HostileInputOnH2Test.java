package ma.ogp.pan.consultation;

class HostileInputOnH2Test extends HostileInputScenarios {
}
