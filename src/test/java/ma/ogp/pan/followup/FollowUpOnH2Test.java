package ma.ogp.pan.followup;

class FollowUpOnH2Test extends FollowUpScenarios {
}
