package ma.ogp.pan.consultation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Days;
import ma.ogp.pan.plan.DeadlineService;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.FormSubmission;
import ma.ogp.pan.process.FormText;
import ma.ogp.pan.process.ProcessVariables;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public-consultation steps of action-plan-cocreation.bpmn, named as in the model. */
@Configuration
class ConsultationDelegates {

    /** Shows the secretariat which commitments the consultation will be on: those the committee accepted. */
    @Bean
    TaskListener presentConsultationOpening(CommitmentRepository commitments) {
        return task -> task.setVariableLocal("readyCommitments", FormText.of(accepted(commitments,
                ProcessVariables.planId(task)).stream().map(c -> c.reference() + " · " + c.title())
                .collect(Collectors.joining("\n"))));
    }

    /** Records the consultation on the accepted commitments (opensOn, closesOn from the form); a bad one is a 400. */
    @Bean
    JavaDelegate openConsultation(ConsultationService consultations, CommitmentRepository commitments,
                                  ActionPlanRepository plans, DeadlineService deadlines,
                                  NotificationProperties settings) {
        return execution -> {
            LocalDate opensOn = day(execution, "opensOn");
            LocalDate closesOn = day(execution, "closesOn");
            Consultation consultation = consultations.open(plans.getById(ProcessVariables.planId(execution)).code(),
                    opensOn.atTime(LocalTime.MIDNIGHT).atZone(settings.timeZone()).toOffsetDateTime(),
                    deadlines.endOfDay(closesOn),
                    accepted(commitments, ProcessVariables.planId(execution)).stream().map(Commitment::id).toList());
            FormSubmission.clear(execution, List.of("opensOn", "closesOn"));
            execution.setVariable("consultationId", consultation.id());
            execution.setVariable("consultationOpensAt", Date.from(consultation.opensAt().toInstant()));
        };
    }

    /** Consolidates each commitment's approved comments and lets the commitments move on. */
    @Bean
    JavaDelegate closeConsultation(ConsultationService consultations, RuntimeService runtime) {
        return execution -> {
            consultations.ofPlanId(ProcessVariables.planId(execution)).ifPresent(consultations::consolidate);
            runtime.createMessageCorrelation(Processes.CONSULTATION_CLOSED)
                    .processInstanceVariableEquals("planId", ProcessVariables.planId(execution)).correlateAll();
        };
    }

    /** Tells each institution how many comments its commitments received. */
    @Bean
    JavaDelegate notifyCommentsReceived(ConsultationService consultations, Recipients recipients,
                                        OnceOnlyMailer mailer, NotificationProperties settings) {
        return execution -> consultations.ofPlanId(ProcessVariables.planId(execution)).ifPresent(consultation -> {
            Map<String, List<Consolidation>> byInstitution = consultations.consolidations(consultation).stream()
                    .collect(Collectors.groupingBy(c -> c.commitment().leadInstitutionCode()));
            byInstitution.forEach((institution, records) -> {
                List<String> to = recipients.ofGroup(CamundaGroups.focalPoints(institution));
                if (to.isEmpty()) {
                    return;
                }
                List<String> lines = records.stream().map(r -> r.commitment().reference() + " · "
                        + r.commitment().title() + " : " + r.received() + " contribution(s) reçue(s), "
                        + r.approved() + " publiée(s)").toList();
                mailer.send("CONSULTATION_COMMENTS:" + consultation.id() + ":" + institution,
                        new Mail(to, "Consultation publique close : les contributions sur vos engagements",
                                "comments-received", Map.of("lines", lines,
                                "tasklist", settings.baseUrl() + "/camunda/app/tasklist/")));
            });
        });
    }

    private static List<Commitment> accepted(CommitmentRepository commitments, long planId) {
        return commitments.findByPlan(planId).stream().filter(c -> c.status() == CommitmentStatus.ACCEPTED).toList();
    }

    private static LocalDate day(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new FormInputException(field, "Date obligatoire");
        }
        try {
            return Days.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new FormInputException(field, "Date illisible, attendue sous la forme AAAA-MM-JJ");
        }
    }
}
