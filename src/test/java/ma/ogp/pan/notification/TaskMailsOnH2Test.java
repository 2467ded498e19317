package ma.ogp.pan.notification;

class TaskMailsOnH2Test extends TaskMailScenarios {
}
