package ma.ogp.pan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.meeting.ScheduledMeeting.Kind;
import ma.ogp.pan.meeting.ScheduledMeeting.Status;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings planned before they are held: the secretariat schedules, moves or cancels one, each change stored and
 * handed to its meeting-invitations process (which mails the invitations, reminder, update or cancellation) in one
 * transaction; a refused entry stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class ScheduledMeetingService {

    private static final Pattern TIME = Pattern.compile("[0-2][0-9]:[0-5][0-9]");

    private final ScheduledMeetingRepository scheduled;
    private final MeetingRepository meetings;
    private final CommitmentRepository commitments;
    private final CommitteeRepository committee;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ZoneId zone;

    ScheduledMeetingService(ScheduledMeetingRepository scheduled, MeetingRepository meetings,
                            CommitmentRepository commitments, CommitteeRepository committee, RuntimeService runtime,
                            Clock clock, NotificationProperties settings) {
        this.scheduled = scheduled;
        this.meetings = meetings;
        this.commitments = commitments;
        this.committee = committee;
        this.runtime = runtime;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    public List<ScheduledMeeting> scheduledMeetings(ActionPlan plan) {
        return scheduled.findByPlan(plan.id());
    }

    /** The scheduled meeting of this plan, else a refusal (an id of another plan is not found). */
    public ScheduledMeeting get(ActionPlan plan, long id) {
        return find(plan, id).orElseThrow(() -> new InvalidMeetingException("Aucune réunion planifiée n° " + id + " dans le plan "
                        + plan.code() + "."));
    }

    public Optional<ScheduledMeeting> find(ActionPlan plan, long id) {
        return scheduled.findById(id).filter(m -> m.planId() == plan.id());
    }

    public List<Invitee> invitees(long id) {
        return scheduled.findInvitees(id);
    }

    /** The commitments a scheduled meeting examines, as the plan numbers them. */
    public List<Commitment> commitments(long id) {
        return scheduled.findCommitmentIds(id).stream().map(commitments::getById)
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }

    public List<Commitment> commitmentsOf(ActionPlan plan) {
        return commitments.findByPlan(plan.id());
    }

    /** Administrations a coordination meeting may be held with. */
    public List<Institution> institutions() {
        return committee.findAllInstitutions().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** Schedules the meeting and starts its invitations; returns its id. */
    @Transactional
    public long schedule(ActionPlan plan, ScheduleForm form, String login) {
        Kind kind = kind(form.getKind());
        String title = MeetingTexts.required(form.getTitle(), "Indiquez l'intitulé de la réunion.");
        Slot slot = slot(plan, form);
        String agenda = MeetingTexts.optional(form.getAgenda(), "L'ordre du jour");
        Long institution = null;
        Set<Long> plansCommitments = commitmentsOf(plan).stream().map(Commitment::id).collect(Collectors.toSet());
        List<Long> chosenCommitments = form.getCommitments().stream().filter(Objects::nonNull).distinct().toList();
        if (!plansCommitments.containsAll(chosenCommitments)) {
            throw new InvalidMeetingException("Un engagement choisi n'appartient pas au plan " + plan.code() + ".");
        }
        Set<Long> invitees = new LinkedHashSet<>(form.getInvitees().stream().filter(Objects::nonNull).toList());
        if (kind == Kind.COORDINATION) {
            institution = form.getInstitution();
            Long chosen = institution;
            if (chosen == null || institutions().stream().noneMatch(i -> i.id().equals(chosen))) {
                throw new InvalidMeetingException("Choisissez l'administration avec laquelle se tient la réunion de"
                        + " coordination.");
            }
            if (chosenCommitments.isEmpty()) {
                throw new InvalidMeetingException("Choisissez au moins un engagement à examiner en réunion de"
                        + " coordination.");
            }
            invitees.addAll(scheduled.findCoordinationInvitees(plan.id(), chosen));
        }
        if (invitees.isEmpty()) {
            throw new InvalidMeetingException("Invitez au moins une personne.");
        }
        Set<Long> people = meetings.findPeopleOf(plan.id()).stream().map(Attendee::personId).collect(Collectors.toSet());
        if (!people.containsAll(invitees)) {
            throw new InvalidMeetingException("Une personne invitée ne fait pas partie du plan " + plan.code() + ".");
        }
        long id = scheduled.insert(new ScheduledMeeting(null, plan.id(), kind, title, slot.location, slot.remote,
                slot.startsAt, slot.endsAt, agenda, institution, 0, Status.SCHEDULED, null, login,
                OffsetDateTime.now(clock)));
        scheduled.addInvitees(id, List.copyOf(invitees));
        scheduled.addCommitments(id, chosenCommitments);
        runtime.startProcessInstanceByKey(Processes.MEETING_INVITATIONS, businessKey(id), Map.of("scheduledMeetingId", id,
                "planId", plan.id()));
        return id;
    }

    /** Moves the meeting (day, times, place): its invitees get the update. */
    @Transactional
    public void move(ActionPlan plan, long id, ScheduleForm form) {
        ScheduledMeeting meeting = stillScheduled(plan, id);
        Slot slot = slot(plan, form);
        if (slot.startsAt.isEqual(meeting.startsAt()) && slot.endsAt.isEqual(meeting.endsAt())
                && slot.location.equals(meeting.location()) && slot.remote == meeting.remote()) {
            throw new InvalidMeetingException("La réunion a déjà lieu à cette date, à ces heures et à ce lieu.");
        }
        if (!scheduled.move(id, slot.startsAt, slot.endsAt, slot.location, slot.remote)) {
            throw new InvalidMeetingException("Cette réunion n'est plus planifiée : elle a été annulée ou enregistrée.");
        }
        runtime.createMessageCorrelation(Processes.MEETING_MOVED).processInstanceBusinessKey(businessKey(id)).correlateAll();
    }

    /** Cancels the meeting: its invitees get the cancellation. */
    @Transactional
    public void cancel(ActionPlan plan, long id) {
        stillScheduled(plan, id);
        if (!scheduled.cancel(id)) {
            throw new InvalidMeetingException("Cette réunion n'est plus planifiée : elle a été annulée ou enregistrée.");
        }
        runtime.createMessageCorrelation(Processes.MEETING_CANCELLED).processInstanceBusinessKey(businessKey(id)).correlateAll();
    }

    /** Links a scheduled meeting to its record, once (a cancelled or recorded one is refused). */
    @Transactional
    public void markHeld(ActionPlan plan, long id, long meetingId) {
        get(plan, id);
        if (!scheduled.markHeld(id, meetingId)) {
            throw new InvalidMeetingException("Cette réunion planifiée a été annulée ou est déjà enregistrée.");
        }
    }

    static String businessKey(long id) {
        return "reunion-" + id;
    }

    private ScheduledMeeting stillScheduled(ActionPlan plan, long id) {
        ScheduledMeeting meeting = get(plan, id);
        if (meeting.status() != Status.SCHEDULED) {
            throw new InvalidMeetingException("Cette réunion n'est plus planifiée : elle a été annulée ou enregistrée.");
        }
        if (!meeting.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new InvalidMeetingException("Cette réunion a déjà commencé : elle ne peut plus être déplacée ni"
                    + " annulée ; enregistrez-la.");
        }
        return meeting;
    }

    private record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String location, boolean remote) {
    }

    private Slot slot(ActionPlan plan, ScheduleForm form) {
        LocalDate day = MeetingTexts.day(form.getDay(), plan);
        OffsetDateTime startsAt = day.atTime(time(form.getStartTime(), "de début")).atZone(zone).toOffsetDateTime();
        OffsetDateTime endsAt = day.atTime(time(form.getEndTime(), "de fin")).atZone(zone).toOffsetDateTime();
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidMeetingException("L'heure de fin doit venir après l'heure de début.");
        }
        if (!startsAt.isAfter(OffsetDateTime.now(clock))) {
            throw new InvalidMeetingException("La réunion ne peut pas être planifiée dans le passé.");
        }
        return new Slot(startsAt, endsAt, MeetingTexts.location(form), form.isRemote());
    }

    private static LocalTime time(String text, String which) {
        if (MeetingTexts.blank(text) || !TIME.matcher(text.strip()).matches()) {
            throw new InvalidMeetingException("Indiquez l'heure " + which + " de la réunion (HH:MM).");
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingException("L'heure " + which + " de la réunion n'est pas une heure valide (HH:MM).");
        }
    }

    private static Kind kind(String text) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw new InvalidMeetingException("Type de réunion inconnu : comité de pilotage ou coordination.");
    }
}
