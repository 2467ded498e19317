package ma.ogp.pan.commitment;

class CommitmentVersionPagesOnH2Test extends CommitmentVersionPagesScenarios {
}
