package ma.ogp.pan.publication;

class IdeaOnH2Test extends IdeaScenarios {
}
