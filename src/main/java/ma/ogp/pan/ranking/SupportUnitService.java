package ma.ogp.pan.ranking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.DeadlineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consulting the OGP Support Unit on the ranked shortlist before the selection; its silence is an answer too. */
@Service
@Transactional
public class SupportUnitService {

    private final SupportUnitRepository repository;
    private final RankingService ranking;
    private final ActionPlanRepository plans;
    private final DeadlineService deadlines;
    private final Recipients recipients;
    private final OnceOnlyMailer mailer;
    private final NotificationProperties notification;
    private final RankingProperties settings;
    private final Clock clock;

    SupportUnitService(SupportUnitRepository repository, RankingService ranking, ActionPlanRepository plans,
                       DeadlineService deadlines, Recipients recipients, OnceOnlyMailer mailer,
                       NotificationProperties notification, RankingProperties settings, Clock clock) {
        this.repository = repository;
        this.ranking = ranking;
        this.plans = plans;
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.mailer = mailer;
        this.notification = notification;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the sending, mails the shortlist to the Unit's members and returns the date it is awaited until. */
    public OffsetDateTime send(long planId, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = deadlines.endOfDay(WorkingDays.after(
                now.atZoneSameInstant(notification.timeZone()).toLocalDate(), settings.supportUnitWorkingDays()));
        repository.insertSent(planId, now, due);
        List<String> to = recipients.ofGroup(CamundaGroups.OGP_SUPPORT_UNIT);
        if (!to.isEmpty()) {
            String code = plans.getById(planId).code();
            LocalDate dueDay = due.atZoneSameInstant(notification.timeZone()).toLocalDate();
            mailer.send("SUPPORT_UNIT_SHORTLIST:" + planId, new Mail(to,
                    code + " : liste classée des engagements, votre avis est attendu avant le " + dueDay,
                    "support-unit-shortlist", Map.of("plan", code, "lines", ranking.rankingLines(planId),
                    "note", note == null ? "" : note, "due", dueDay.toString(),
                    "tasklist", notification.baseUrl() + "/camunda/app/tasklist/")));
        }
        return due;
    }

    public void recordAnswer(long planId, Map<Long, String> feedback, String generalOpinion, String by) {
        feedback.forEach((commitment, text) -> repository.insertFeedback(planId, commitment, text));
        repository.recordOutcome(planId, "ANSWERED", generalOpinion, by, OffsetDateTime.now(clock));
    }

    public void recordSilence(long planId) {
        repository.recordOutcome(planId, "NO_ANSWER", null, "système", OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public SupportUnitAnswer answer(long planId) {
        return repository.findAnswer(planId)
                .orElse(new SupportUnitAnswer(null, null, null, Map.of()));
    }
}
