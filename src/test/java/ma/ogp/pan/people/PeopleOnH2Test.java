package ma.ogp.pan.people;

class PeopleOnH2Test extends PeopleScenarios {
}
