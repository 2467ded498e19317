package ma.ogp.pan.notification;

class MailUnitOfWorkOnH2Test extends MailUnitOfWorkScenarios {
}
