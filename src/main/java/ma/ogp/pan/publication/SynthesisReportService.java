package ma.ogp.pan.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.PublicPlans;
import ma.ogp.pan.publication.SynthesisReport.DeadlineHistory;
import ma.ogp.pan.publication.SynthesisReport.Extension;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a plan's {@link SynthesisReport} from the data every stage recorded; nothing is stored. */
@Service
public class SynthesisReportService {

    private final ActionPlanRepository plans;
    private final ReportRepository report;
    private final PublicPlans publicPlans;
    private final ZoneId zone;

    SynthesisReportService(ActionPlanRepository plans, ReportRepository report, PublicPlans publicPlans,
                           NotificationProperties settings) {
        this.plans = plans;
        this.report = report;
        this.publicPlans = publicPlans;
        this.zone = settings.timeZone();
    }

    /** The public plan with this code, or the current plan when none is given (the rule of every public page). */
    public ActionPlan plan(String code) {
        return publicPlans.get(code);
    }

    @Transactional(readOnly = true)
    public SynthesisReport of(ActionPlan plan) {
        List<DeadlineHistory> deadlines = plans.findDeadlines(plan.id()).stream().map(this::history).toList();
        return new SynthesisReport(plan, plans.findPhases(plan.id()), deadlines, report.meetings(plan.id()),
                report.figures(plan.id()), report.drafts(plan.id()),
                report.latestDataAt(plan.id()).map(t -> t.atZoneSameInstant(zone).toOffsetDateTime()));
    }

    private DeadlineHistory history(Deadline d) {
        return new DeadlineHistory(d.kind(), d.label(), day(d.initialDueAt()), day(d.dueAt()),
                plans.findExtensions(d.id()).stream().map(e -> new Extension(day(e.previousDueAt()),
                        day(e.newDueAt()), day(e.extendedAt()), e.reason())).toList());
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
