package ma.ogp.pan.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.meeting.ICalendar.Method;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mails of a scheduled meeting, one per invitee under its own key (OnceOnlyMailer): a retried job sends only
 * what is not marked sent. Invitation and update are the same mail, the meeting as it now is under its current
 * SEQUENCE, so an invitation sent after a move already is the update, and the update's key finds it sent.
 */
@Component
class InvitationMails {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMails.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'de' HH'h'mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final String ORGANIZER = "Secrétariat du Plan d'Action National";

    private final ScheduledMeetingRepository scheduled;
    private final ScheduledMeetingService service;
    private final CommitteeRepository committee;
    private final OnceOnlyMailer mailer;
    private final NotificationProperties settings;
    private final Clock clock;

    InvitationMails(ScheduledMeetingRepository scheduled, ScheduledMeetingService service, CommitteeRepository committee,
                    OnceOnlyMailer mailer, NotificationProperties settings, Clock clock) {
        this.scheduled = scheduled;
        this.service = service;
        this.committee = committee;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** The invitation (or update) to every invitee, or the cancellation to those who were invited. */
    void send(long id, Method method) {
        ScheduledMeeting meeting = scheduled.findById(id).orElseThrow();
        if (method == Method.REQUEST && meeting.status() != ScheduledMeeting.Status.SCHEDULED) {
            LOG.info("Meeting {} is {}: no invitation", id, meeting.status());
            return;
        }
        List<Invitee> invitees = scheduled.findInvitees(id);
        String description = description(meeting);
        String ics = ICalendar.write(method, meeting, description, invitees, ORGANIZER, organizerAddress(),
                domain(), settings.timeZone(), clock.instant());
        String subject = subject(method, meeting);
        for (Invitee invitee : mailable(invitees)) {
            if (method == Method.CANCEL && !invited(meeting, invitee)) {
                continue;
            }
            String key = method == Method.CANCEL ? "MEETING_CANCEL:" + id + ":" + invitee.personId()
                    : requestKey(id, meeting.sequenceNo(), invitee.personId());
            mailer.send(key, new Mail(List.of(invitee.email()), subject, "meeting",
                    model(meeting, invitee, method == Method.CANCEL ? "CANCEL"
                            : meeting.sequenceNo() == 0 ? "INVITATION" : "UPDATE", description),
                    List.of(new Mail.Attachment(method == Method.CANCEL ? "annulation.ics" : "invitation.ics",
                            "text/calendar; charset=UTF-8; method=" + method, ics.getBytes(
                                    StandardCharsets.UTF_8)))));
        }
    }

    /** The reminder of the meeting at its current time, once per invitee and time. */
    void remind(long id) {
        ScheduledMeeting meeting = scheduled.findById(id).orElseThrow();
        if (meeting.status() != ScheduledMeeting.Status.SCHEDULED) {
            return;
        }
        String description = description(meeting);
        for (Invitee invitee : mailable(scheduled.findInvitees(id))) {
            mailer.send("MEETING_REMINDER:" + id + ":" + meeting.startsAt().toEpochSecond() + ":" + invitee.personId(),
                    new Mail(List.of(invitee.email()), "Rappel : " + meeting.title() + " le " + when(meeting),
                            "meeting", model(meeting, invitee, "REMINDER", description)));
        }
    }

    private static String requestKey(long id, int sequence, long personId) {
        return "MEETING_REQUEST:" + id + ":" + sequence + ":" + personId;
    }

    /** Whether any invitation or update of the meeting went to this invitee: only they need the cancellation. */
    private boolean invited(ScheduledMeeting meeting, Invitee invitee) {
        return IntStream.rangeClosed(0, meeting.sequenceNo())
                .anyMatch(sequence -> mailer.recorded(requestKey(meeting.id(), sequence, invitee.personId())));
    }

    private static List<Invitee> mailable(List<Invitee> invitees) {
        List<Invitee> reachable = new ArrayList<>();
        for (Invitee invitee : invitees) {
            if (invitee.email() == null || invitee.email().isBlank()) {
                LOG.warn("Invitee {} has no mail address: not told of the meeting", invitee.personId());
            } else {
                reachable.add(invitee);
            }
        }
        return reachable;
    }

    private String subject(Method method, ScheduledMeeting meeting) {
        if (method == Method.CANCEL) {
            return "Annulée : " + meeting.title() + " du " + when(meeting);
        }
        return (meeting.sequenceNo() == 0 ? "Invitation : " : "Réunion modifiée : ") + meeting.title() + " le "
                + when(meeting);
    }

    private String when(ScheduledMeeting meeting) {
        return meeting.startsAt().atZoneSameInstant(settings.timeZone()).format(WHEN) + " à "
                + meeting.endsAt().atZoneSameInstant(settings.timeZone()).format(UNTIL);
    }

    /** The agenda, and for a coordination meeting the administration and the commitments examined. */
    private String description(ScheduledMeeting meeting) {
        List<String> parts = new ArrayList<>();
        if (meeting.institutionId() != null) {
            committee.findAllInstitutions().stream().filter(i -> i.id().equals(meeting.institutionId()))
                    .map(Institution::name).findFirst()
                    .ifPresent(name -> parts.add("Réunion de coordination avec : " + name));
        }
        List<Commitment> commitments = service.commitments(meeting.id());
        if (!commitments.isEmpty()) {
            parts.add("Engagements examinés :\n" + String.join("\n", commitments.stream()
                    .map(c -> "- " + c.reference() + " : " + c.title()).toList()));
        }
        if (meeting.agenda() != null) {
            parts.add("Ordre du jour :\n" + meeting.agenda());
        }
        return String.join("\n\n", parts);
    }

    private Map<String, Object> model(ScheduledMeeting meeting, Invitee invitee, String what, String description) {
        return Map.of("what", what, "name", invitee.name(), "title", meeting.title(), "when", when(meeting),
                "location", meeting.location(), "description", description);
    }

    private String organizerAddress() {
        try {
            return new InternetAddress(settings.from()).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("pan.notification.from is not a mail address", e);
        }
    }

    /** The host of the application's address: the UIDs' domain. */
    private String domain() {
        return URI.create(settings.baseUrl()).getHost();
    }
}
