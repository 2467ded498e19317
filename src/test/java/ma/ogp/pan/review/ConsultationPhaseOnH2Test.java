package ma.ogp.pan.review;

class ConsultationPhaseOnH2Test extends ConsultationPhaseScenarios {
}
