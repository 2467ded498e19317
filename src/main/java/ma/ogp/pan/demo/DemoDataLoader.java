package ma.ogp.pan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import ma.ogp.pan.cluster.StartupLock;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.Person;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.demo.DemoData.CommitmentData;
import ma.ogp.pan.demo.DemoData.DeadlineData;
import ma.ogp.pan.demo.DemoData.ExtensionData;
import ma.ogp.pan.demo.DemoData.MeetingData;
import ma.ogp.pan.demo.DemoData.PersonData;
import ma.ogp.pan.meeting.Meeting;
import ma.ogp.pan.meeting.MeetingItemKind;
import ma.ogp.pan.meeting.MeetingRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.plan.Phase;
import ma.ogp.pan.plan.PlanCoCreation;
import ma.ogp.pan.publication.IdeaService;
import ma.ogp.pan.review.Observation;
import ma.ogp.pan.review.ObservationRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads PAN3 as the minutes of 22 Feb 2024 describe it: plan and calendar, institutions, people and their
 * Camunda accounts, the meeting, the 22 draft commitments and the observations made on them. Runs before
 * {@code IdentityBootstrap}, which then gives the demo users their groups. Loads once: a plan that exists is left
 * as it is, and everything is loaded in one transaction, one node at a time ({@link StartupLock}). The plan's
 * co-creation is started in the background once the application is ready ({@link DemoCoCreation}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "pan.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String RESOURCE = "demo/pan3.yaml";
    static final String IDEAS = "demo/pan3-idees.csv";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private final ActionPlanRepository plans;
    private final CommitteeRepository committee;
    private final CommitmentRepository commitments;
    private final ObservationRepository observations;
    private final MeetingRepository meetings;
    private final IdentityService identity;
    private final DemoProperties properties;
    private final DemoPasswords passwords;
    private final PlanCoCreation coCreation;
    private final IdeaService ideas;
    private final StartupLock lock;
    private final DemoCoCreation demoCoCreation;

    DemoDataLoader(ActionPlanRepository plans, CommitteeRepository committee, CommitmentRepository commitments,
                   ObservationRepository observations, MeetingRepository meetings, IdentityService identity,
                   DemoProperties properties, PlanCoCreation coCreation, IdeaService ideas, StartupLock lock,
                   DemoCoCreation demoCoCreation) {
        this.lock = lock;
        this.demoCoCreation = demoCoCreation;
        this.coCreation = coCreation;
        this.ideas = ideas;
        this.plans = plans;
        this.committee = committee;
        this.commitments = commitments;
        this.observations = observations;
        this.meetings = meetings;
        this.identity = identity;
        this.properties = properties;
        this.passwords = new DemoPasswords(properties.password());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        DemoData data = read();
        lock.hold();
        if (plans.findByCode(data.plan().code()).isPresent()) {
            LOG.info("Demo plan {} is already loaded", data.plan().code());
        } else {
            load(data);
        }
        if (properties.startCoCreation() && !coCreation.hasStarted(data.plan().code())) {
            demoCoCreation.startWhenReady(data.plan().code());
        }
    }

    private void load(DemoData data) {
        ActionPlan plan = plans.insert(new ActionPlan(null, data.plan().code(), data.plan().title(),
                data.plan().periodStart(), data.plan().periodEnd()));
        plans.insertPhases(plan.id(), data.plan().phases());
        data.plan().deadlines().forEach(deadline -> loadDeadline(plan, deadline));
        Map<String, Institution> institutions = new HashMap<>();
        data.institutions().forEach(i -> institutions.put(i.code(),
                committee.findInstitutionByCode(i.code()).orElseGet(() -> committee.insert(i))));
        Map<String, Person> people = new HashMap<>();
        data.people().forEach(p -> people.put(p.login(), loadPerson(plan, p, institutions)));
        long meetingId = loadMeeting(plan, data.meeting(), people, institutions);
        OffsetDateTime submittedAt = submissionTime(data);
        OffsetDateTime observedAt = data.meeting().heldOn().atTime(LocalTime.of(10, 0)).atZone(MOROCCO)
                .toOffsetDateTime();
        for (CommitmentData c : data.commitments()) {
            long id = loadCommitment(plan, c, institutions, submitter(c, data), submittedAt);
            c.observations().forEach(o -> observations.add(new Observation(id, 1, 0, meetingId, null, o.text(),
                    o.suggestions(), null, observedAt)));
        }
        loadIdeas(plan);
        LOG.info("Demo plan {} loaded: {} commitments, {} people", plan.code(), data.commitments().size(), people.size());
    }

    /** The seed lists no ideas: the demo's are illustrative, imported as the secretariat would. */
    private void loadIdeas(ActionPlan plan) {
        try (InputStream csv = new ClassPathResource(IDEAS).getInputStream()) {
            ideas.importCsv(plan, new String(csv.readAllBytes(), StandardCharsets.UTF_8), "demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DemoData read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return yaml.readValue(in, DemoData.class);
        }
    }

    private void loadDeadline(ActionPlan plan, DeadlineData data) {
        Deadline deadline = plans.insert(new Deadline(null, plan.id(), data.kind(), data.initialDueAt(),
                data.initialDueAt()));
        OffsetDateTime due = data.initialDueAt();
        for (ExtensionData e : data.extensions()) {
            plans.extend(new DeadlineExtension(deadline.id(), due, e.newDueAt(), e.reason(), e.extendedBy(),
                    e.extendedAt()));
            due = e.newDueAt();
        }
    }

    private Person loadPerson(ActionPlan plan, PersonData data, Map<String, Institution> institutions) {
        Person person = committee.findPersonByLogin(data.login()).orElseGet(() -> committee.insert(new Person(null,
                data.login(), data.civility(), data.firstName(), data.lastName(), data.email(),
                institutions.get(data.institution()).id())));
        data.roles().forEach(role -> committee.assignRole(plan.id(), person.id(), role));
        // observers without a role get no account
        if (!data.roles().isEmpty() && identity.createUserQuery().userId(data.login()).count() == 0) {
            User user = identity.newUser(data.login());
            user.setFirstName(data.firstName());
            user.setLastName(data.lastName());
            user.setEmail(data.email());
            user.setPassword(passwords.forNewUser(data.login()));
            identity.saveUser(user);
        }
        return person;
    }

    private long loadMeeting(ActionPlan plan, MeetingData data, Map<String, Person> people,
                             Map<String, Institution> institutions) {
        long id = meetings.insert(new Meeting(null, plan.id(), data.heldOn(), data.title(), data.location(),
                data.remote()));
        meetings.addAttendees(id, data.attendees().stream().map(login -> people.get(login).id()).toList());
        meetings.addAbsentees(id, data.absentees().stream().map(code -> institutions.get(code).id()).toList());
        meetings.addItems(id, MeetingItemKind.AGENDA, data.agenda());
        meetings.addItems(id, MeetingItemKind.DISCUSSION, data.discussion());
        meetings.addItems(id, MeetingItemKind.DECISION, data.decisions());
        return id;
    }

    private long loadCommitment(ActionPlan plan, CommitmentData c, Map<String, Institution> institutions,
                                String submittedBy, OffsetDateTime submittedAt) {
        CommitmentVersion first = new CommitmentVersion(1, c.title(), c.problem(), c.proposedSolution(),
                c.ogpValues(), c.supportingInstitutions(), c.activities(), c.indicators(), submittedBy, submittedAt);
        String reference = "%s-%02d".formatted(plan.code(), c.number());
        return commitments.create(plan.id(), reference, c.number(), institutions.get(c.leadInstitution()).id(),
                CommitmentStatus.UNDER_REVIEW, first);
    }

    /** The lead institution's first focal point: the demo gives every lead institution one. */
    private static String submitter(CommitmentData c, DemoData data) {
        return data.people().stream()
                .filter(p -> p.institution().equals(c.leadInstitution()) && p.roles().contains(PlanRole.FOCAL_POINT))
                .findFirst()
                .map(PersonData::login)
                .orElseThrow(() -> new IllegalStateException("The demo has no focal point for " + c.leadInstitution()));
    }

    /** The fiches were due at the end of the call for commitments. */
    private static OffsetDateTime submissionTime(DemoData data) {
        return data.plan().phases().stream()
                .filter(p -> p.phase() == Phase.CALL_FOR_COMMITMENTS)
                .findFirst()
                .map(p -> p.endsOn().atTime(LocalTime.of(17, 0)).atZone(MOROCCO).toOffsetDateTime())
                .orElseThrow(() -> new IllegalStateException("The demo plan has no call for commitments"));
    }
}
