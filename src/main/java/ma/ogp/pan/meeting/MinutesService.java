package ma.ogp.pan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.CoordinationAgreement;
import ma.ogp.pan.commitment.CoordinationAgreements;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.meeting.MeetingForm.AgreementText;
import ma.ogp.pan.meeting.Minutes.CommitmentObservations;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's meetings and their minutes, assembled from what was recorded; the secretariat's entry of a meeting. */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ActionPlanRepository plans;
    private final CommitteeRepository committee;
    private final ScheduledMeetingService scheduled;
    private final CoordinationAgreements agreements;
    private final Clock clock;
    private final ZoneId zone;

    MinutesService(MeetingRepository meetings, MinutesRepository minutes, ActionPlanRepository plans,
                   CommitteeRepository committee, ScheduledMeetingService scheduled, CoordinationAgreements agreements,
                   Clock clock, NotificationProperties settings) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.plans = plans;
        this.committee = committee;
        this.scheduled = scheduled;
        this.agreements = agreements;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** The plan with this code (404 when unknown), or without a code the plan of the latest meeting. */
    public Optional<ActionPlan> plan(String code) {
        return code == null || code.isBlank()
                ? meetings.findPlanOfLatestMeeting().map(plans::getById)
                : Optional.of(plans.getByCode(code));
    }

    public List<Meeting> meetings(ActionPlan plan) {
        return meetings.findByPlan(plan.id());
    }

    public Optional<Minutes> minutes(long meetingId) {
        return meetings.findById(meetingId).map(this::assemble);
    }

    /** The minutes of every meeting of the plan, oldest first. */
    public List<Minutes> minutesOf(ActionPlan plan) {
        return meetings(plan).stream().map(this::assemble).toList();
    }

    /** Whom the secretariat may list as attending a meeting of the plan. */
    public List<Attendee> people(ActionPlan plan) {
        return meetings.findPeopleOf(plan.id());
    }

    /** Every organisation that may be recorded as absent, by name as the form lists them. */
    public List<Institution> institutions() {
        return committee.findAllInstitutions().stream().sorted(Comparator.comparing(Institution::name)).toList();
    }

    /** The plan's review rounds with observations no meeting took yet. */
    public List<RoundToDiscuss> roundsToDiscuss(ActionPlan plan) {
        return minutes.findRoundsToDiscuss(plan.id());
    }

    /**
     * What a new meeting discusses unless the secretariat says otherwise: the rounds closed since the plan's latest
     * meeting (on its day or after), every round before the first meeting.
     */
    public List<Integer> defaultRounds(ActionPlan plan) {
        Optional<LocalDate> previous = meetings(plan).stream().map(Meeting::heldOn).max(Comparator.naturalOrder());
        return roundsToDiscuss(plan).stream()
                .filter(r -> previous.map(day -> !r.lastClosedAt().atZoneSameInstant(zone).toLocalDate().isBefore(day))
                        .orElse(true))
                .map(RoundToDiscuss::roundNo).toList();
    }

    /**
     * Records the meeting as entered (and, for a scheduled one, links it and keeps what a coordination meeting
     * agreed on each commitment's history), or refuses it whole with the reason.
     */
    @Transactional
    public long record(ActionPlan plan, MeetingForm form, String recordedBy) {
        LocalDate heldOn = MeetingTexts.day(form.getHeldOn(), plan);
        String title = MeetingTexts.required(form.getTitle(), "Indiquez l'intitulé de la réunion.");
        String location = MeetingTexts.location(form);
        List<Long> attendees = form.getAttendees().stream().filter(Objects::nonNull).distinct().toList();
        if (attendees.isEmpty()) {
            throw new InvalidMeetingException("Choisissez au moins un(e) participant(e).");
        }
        Set<Long> people = people(plan).stream().map(Attendee::personId).collect(Collectors.toSet());
        if (!people.containsAll(attendees)) {
            throw new InvalidMeetingException("Un(e) participant(e) choisi(e) ne fait pas partie du plan "
                    + plan.code() + ".");
        }
        List<Long> absentees = form.getAbsentees().stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> institutions = institutions().stream().map(Institution::id).collect(Collectors.toSet());
        if (!institutions.containsAll(absentees)) {
            throw new InvalidMeetingException("Une organisation absente choisie est inconnue.");
        }
        List<String> agenda = items(form.getAgenda());
        if (agenda.isEmpty()) {
            throw new InvalidMeetingException("Indiquez au moins un point de l'ordre du jour.");
        }
        List<Integer> rounds = form.getRounds().stream().filter(Objects::nonNull).distinct().toList();
        Set<Integer> open = roundsToDiscuss(plan).stream().map(RoundToDiscuss::roundNo).collect(Collectors.toSet());
        if (!open.containsAll(rounds)) {
            throw new InvalidMeetingException("Un tour d'examen choisi n'a aucune observation à reprendre : ses"
                    + " observations sont déjà au relevé d'une réunion, ou le tour n'est pas clos.");
        }
        Map<Long, AgreementText> agreed = agreed(plan, form);
        long id;
        try {
            id = meetings.insert(new Meeting(null, plan.id(), heldOn, title, location, form.isRemote()));
        } catch (DuplicateKeyException e) {
            // the table's unique key, so that two secretaries saving at once cannot both record it
            throw new InvalidMeetingException("Une réunion « " + title + " » est déjà enregistrée le " + heldOn + ".");
        }
        meetings.addAttendees(id, attendees);
        meetings.addAbsentees(id, absentees);
        meetings.addItems(id, MeetingItemKind.AGENDA, agenda);
        meetings.addItems(id, MeetingItemKind.DISCUSSION, items(form.getDiscussion()));
        meetings.addItems(id, MeetingItemKind.DECISION, items(form.getDecisions()));
        if (!rounds.isEmpty()) {
            minutes.take(id, plan.id(), rounds);
        }
        if (form.getScheduledMeeting() != null) {
            scheduled.markHeld(plan, form.getScheduledMeeting(), id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        agreed.forEach((commitment, text) -> agreements.record(new CoordinationAgreement(commitment, id, heldOn, title,
                text.activities(), text.calendar(), text.indicators()), recordedBy, now));
        return id;
    }

    /**
     * What the coordination meeting agreed on its commitments, blanks left out; only a scheduled coordination
     * meeting, still scheduled, records agreements.
     */
    private Map<Long, AgreementText> agreed(ActionPlan plan, MeetingForm form) {
        Map<Long, AgreementText> agreed = new LinkedHashMap<>();
        if (form.getScheduledMeeting() == null) {
            return agreed;
        }
        ScheduledMeeting meeting = scheduled.get(plan, form.getScheduledMeeting());
        if (meeting.status() != ScheduledMeeting.Status.SCHEDULED) {
            throw new InvalidMeetingException("Cette réunion planifiée a été annulée ou est déjà enregistrée.");
        }
        form.getAgreements().forEach((commitment, text) -> {
            if (!text.isBlank()) {
                agreed.put(commitment, new AgreementText(part(text.activities()), part(text.calendar()),
                        part(text.indicators())));
            }
        });
        return agreed;
    }

    private static String part(String text) {
        return MeetingTexts.optional(text, "Un point convenu en réunion de coordination");
    }

    private Minutes assemble(Meeting meeting) {
        Map<Integer, List<ObservationLine>> byCommitment = minutes.findLines(meeting.id()).stream().collect(
                Collectors.groupingBy(ObservationLine::commitmentNumber, LinkedHashMap::new, Collectors.toList()));
        List<CommitmentObservations> rows = byCommitment.values().stream()
                .map(lines -> new CommitmentObservations(lines.get(0).commitmentNumber(), lines.get(0).reference(),
                        lines.get(0).commitmentTitle(), lines.get(0).newTitle(), lines))
                .toList();
        return new Minutes(plans.getById(meeting.planId()), meeting, meetings.findAttendees(meeting.id()),
                meetings.findAbsenteeNames(meeting.id()), meetings.findItems(meeting.id(), MeetingItemKind.AGENDA),
                meetings.findItems(meeting.id(), MeetingItemKind.DISCUSSION), rows,
                meetings.findItems(meeting.id(), MeetingItemKind.DECISION));
    }

    /** One item per non-blank line, without the bullet a pasted list brings. */
    private static List<String> items(String text) {
        List<String> items = text == null ? List.of() : text.lines()
                .map(line -> line.strip().replaceFirst("^[-•●*]\\s+", ""))
                .filter(line -> !line.isEmpty())
                .toList();
        if (items.stream().anyMatch(item -> item.length() > MeetingTexts.MAX_ITEM)) {
            throw new InvalidMeetingException("Un point dépasse " + MeetingTexts.MAX_ITEM + " caractères.");
        }
        return items;
    }
}
