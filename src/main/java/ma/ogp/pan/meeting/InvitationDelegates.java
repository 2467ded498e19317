package ma.ogp.pan.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;

import ma.ogp.pan.meeting.ICalendar.Method;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of meeting-invitations.bpmn: the mails (see {@link InvitationMails}) and the reminder's time. */
@Configuration
class InvitationDelegates {

    @Bean
    JavaDelegate sendMeetingInvitations(InvitationMails invitations) {
        return execution -> invitations.send(id(execution), Method.REQUEST);
    }

    @Bean
    JavaDelegate sendMeetingCancellation(InvitationMails invitations) {
        return execution -> invitations.send(id(execution), Method.CANCEL);
    }

    @Bean
    JavaDelegate sendMeetingReminder(InvitationMails invitations) {
        return execution -> invitations.remind(id(execution));
    }

    /** When the reminder is due (none when that moment has passed) and when the meeting ends. */
    @Bean
    JavaDelegate planMeetingReminder(ScheduledMeetingRepository scheduled, MeetingProperties settings, Clock clock) {
        return execution -> {
            ScheduledMeeting meeting = scheduled.findById(id(execution)).orElseThrow();
            OffsetDateTime reminderAt = meeting.startsAt().minus(settings.reminderBefore());
            execution.setVariable("hasReminder", reminderAt.isAfter(OffsetDateTime.now(clock)));
            execution.setVariable("reminderAt", Date.from(reminderAt.toInstant()));
            execution.setVariable("endsAt", Date.from(meeting.endsAt().toInstant()));
        };
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable("scheduledMeetingId")).longValue();
    }
}
