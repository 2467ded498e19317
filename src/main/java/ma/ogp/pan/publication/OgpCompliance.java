package ma.ogp.pan.publication;

import static ma.ogp.pan.publication.ComplianceRequirement.Status.MET;
import static ma.ogp.pan.publication.ComplianceRequirement.Status.NOT_MET;
import static ma.ogp.pan.publication.ComplianceRequirement.Status.NOT_YET_APPLICABLE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ma.ogp.pan.consultation.Consultation;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.Phase;
import ma.ogp.pan.plan.PlanPhase;
import org.springframework.stereotype.Service;

/**
 * OGP's co-creation minimum requirements, each judged from what the process recorded, as of the engine's clock.
 * It reads the {@link SynthesisReport}, which is also the public evidence the links point to.
 */
@Service
public class OgpCompliance {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConsultationService consultations;
    private final ReasonedResponseService responses;
    private final Clock clock;
    private final ZoneId zone;

    OgpCompliance(ConsultationService consultations, ReasonedResponseService responses, Clock clock,
                  NotificationProperties settings) {
        this.responses = responses;
        this.consultations = consultations;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    public List<ComplianceRequirement> of(SynthesisReport report) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return List.of(forumMeets(report, today), timelinePublished(report), repositoryUpdated(report),
                inputMechanismOpen(report, today), reasonedResponsePublished(report));
    }

    /** No gap longer than six months between the co-creation's start, its meetings and today (or its end). */
    ComplianceRequirement forumMeets(SynthesisReport report, LocalDate today) {
        String title = "Le forum multipartite se réunit au moins tous les six mois";
        String url = reportUrl(report, "reunions");
        LocalDate start = report.phases().stream().map(PlanPhase::startsOn).min(Comparator.naturalOrder())
                .orElse(report.plan().periodStart());
        if (today.isBefore(start)) {
            return new ComplianceRequirement(title, NOT_YET_APPLICABLE,
                    "La co-création commence le " + DAY.format(start) + ".", url);
        }
        LocalDate end = report.phases().stream().map(PlanPhase::endsOn).max(Comparator.naturalOrder())
                .filter(today::isAfter).orElse(today);
        List<LocalDate> meetings = report.meetings().stream().map(SynthesisReport.MeetingAttendance::heldOn)
                .filter(d -> !d.isBefore(start) && !d.isAfter(end)).toList();
        List<LocalDate> points = Stream.of(List.of(start), meetings, List.of(end)).flatMap(List::stream).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i - 1).plusMonths(6).isBefore(points.get(i))) {
                return new ComplianceRequirement(title, NOT_MET, "Aucune réunion du " + DAY.format(points.get(i - 1))
                        + " au " + DAY.format(points.get(i)) + " : plus de six mois.", url);
            }
        }
        if (meetings.isEmpty()) {
            return end.isBefore(today)
                    ? new ComplianceRequirement(title, NOT_MET, "Aucune réunion enregistrée pendant la co-création.", url)
                    : new ComplianceRequirement(title, NOT_YET_APPLICABLE,
                            "Aucune réunion enregistrée ; la co-création a commencé il y a moins de six mois.", url);
        }
        return new ComplianceRequirement(title, MET, meetings.size() + " réunion(s) du " + DAY.format(start)
                + " au " + DAY.format(end) + ", dernière le " + DAY.format(meetings.get(meetings.size() - 1))
                + " ; aucun intervalle de plus de six mois.", url);
    }

    /**
     * The calendar is recorded with the plan, phase by phase, and shown publicly by the report from then on.
     * Assumed: it is recorded when the plan is created, before its first phase (the phases keep no recording date).
     */
    ComplianceRequirement timelinePublished(SynthesisReport report) {
        String title = "Le calendrier de la co-création est publié avant son début";
        String url = reportUrl(report, "calendrier");
        if (report.phases().isEmpty()) {
            return new ComplianceRequirement(title, NOT_MET, "Aucune phase n'est enregistrée pour ce plan.", url);
        }
        PlanPhase first = report.phases().get(0);
        return new ComplianceRequirement(title, MET, report.phases().size() + " phases publiées avec leurs dates ; "
                + "la première (" + first.phase().label() + ") commence le " + DAY.format(first.startsOn())
                + ". Hypothèse : le calendrier est enregistré à la création du plan.", url);
    }

    /** The report and its open data are computed from the live data at each request: they are as fresh as it is. */
    ComplianceRequirement repositoryUpdated(SynthesisReport report) {
        String title = "Le dépôt en ligne est tenu à jour";
        String url = "/donnees/" + report.plan().code() + "/rapport.json";
        if (report.figures().drafts() == 0) {
            return new ComplianceRequirement(title, NOT_YET_APPLICABLE, "Aucun projet d'engagement enregistré.", url);
        }
        return new ComplianceRequirement(title, MET, "Rapport et données ouvertes publiés depuis les données du "
                + "processus" + report.latestDataAt().map(t -> " ; dernière donnée enregistrée le "
                + DAY.format(t)).orElse("") + ".", url);
    }

    ComplianceRequirement inputMechanismOpen(SynthesisReport report, LocalDate today) {
        String title = "Un mécanisme de contribution du public est ouvert";
        String url = "/consultation?plan=" + report.plan().code();
        Optional<Consultation> consultation = consultations.ofPlanId(report.plan().id());
        Optional<LocalDate> planned = report.phases().stream()
                .filter(p -> p.phase() == Phase.PUBLIC_CONSULTATION).map(PlanPhase::startsOn)
                .findFirst();
        if (consultation.isEmpty() || consultation.get().opensAt().toInstant().isAfter(clock.instant())) {
            boolean due = planned.map(day -> !today.isBefore(day)).orElse(false);
            return new ComplianceRequirement(title, due ? NOT_MET : NOT_YET_APPLICABLE, due
                    ? "La consultation publique prévue le " + DAY.format(planned.get()) + " n'a pas été ouverte."
                    : "La consultation publique n'est pas encore ouverte.", url);
        }
        int received = report.figures().commentsReceived();
        String opened = "Consultation publique ouverte le "
                + DAY.format(consultation.get().opensAt().atZoneSameInstant(zone)) + " ; ";
        return received > 0
                ? new ComplianceRequirement(title, MET, opened + received + " contribution(s) reçue(s), "
                        + report.figures().commentsApproved() + " publiée(s).", url)
                : new ComplianceRequirement(title, NOT_MET, opened + "aucune contribution reçue.", url);
    }

    /** Met once the reasoned responses on every draft and idea are published (the publication step). */
    ComplianceRequirement reasonedResponsePublished(SynthesisReport report) {
        String title = "Une réponse motivée est publiée sur les contributions";
        String url = "/reponses?plan=" + report.plan().code();
        return responses.publishedAt(report.plan().id())
                .map(at -> new ComplianceRequirement(title, MET, "Publiée le "
                        + DAY.format(at.atZoneSameInstant(zone).toLocalDate()) + " : une réponse par projet et par idée.", url))
                .orElseGet(() -> new ComplianceRequirement(title, report.figures().adopted() > 0 ? NOT_MET
                        : NOT_YET_APPLICABLE, "Pas encore publiée : elle suit l'adoption du plan.", url));
    }

    private static String reportUrl(SynthesisReport report, String section) {
        return "/rapport?plan=" + report.plan().code() + "#" + section;
    }
}
