package ma.ogp.pan.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.PublicPlans;
import ma.ogp.pan.publication.SynthesisReport.DeadlineHistory;
import ma.ogp.pan.publication.SynthesisReport.Draft;
import ma.ogp.pan.publication.SynthesisReport.DraftPage;
import ma.ogp.pan.publication.SynthesisReport.Extension;
import ma.ogp.pan.publication.SynthesisReport.Tallies;
import ma.ogp.pan.web.Paging;
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
                report.figures(plan.id()),
                report.latestDataAt(plan.id()).map(t -> t.atZoneSameInstant(zone).toOffsetDateTime()));
    }

    /** Page {@code page} (from 1) of the plan's drafts; a page out of range shows the nearest one. */
    @Transactional(readOnly = true)
    public DraftPage drafts(ActionPlan plan, int page) {
        Paging paging = Paging.of(report.countDrafts(plan.id()), DraftPage.SIZE, page);
        return new DraftPage(report.drafts(plan.id(), paging), paging);
    }

    /** Every draft of the plan as one page, for the documents that keep them all (the PDF, rapport.json). */
    @Transactional(readOnly = true)
    public DraftPage allDrafts(ActionPlan plan) {
        List<Draft> all = new ArrayList<>();
        report.eachDraft(plan.id(), all::add);
        return new DraftPage(all, Paging.of(all.size(), Math.max(all.size(), 1), 1));
    }

    /** Every draft of the plan, handed to {@code each} as it is read from the database. */
    @Transactional(readOnly = true)
    public void eachDraft(ActionPlan plan, Consumer<Draft> each) {
        report.eachDraft(plan.id(), each);
    }

    /** The drafts counted by the database, for the charts. */
    @Transactional(readOnly = true)
    public Tallies tallies(ActionPlan plan) {
        return new Tallies(report.draftsByStatus(plan.id()), report.draftsByInstitution(plan.id()),
                report.draftsByOgpValue(plan.id()));
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
