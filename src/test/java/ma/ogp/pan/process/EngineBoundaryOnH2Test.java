package ma.ogp.pan.process;

class EngineBoundaryOnH2Test extends EngineBoundaryScenarios {
}
