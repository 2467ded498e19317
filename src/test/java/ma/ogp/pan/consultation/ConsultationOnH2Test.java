package ma.ogp.pan.consultation;

class ConsultationOnH2Test extends ConsultationScenarios {
}
