package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's hostile inputs on the secretariat's paths: the ideas import and form, the meeting form, moderation.
 * Each is refused with a 4xx whose page shows no SQL nor Java, and stores nothing. In the inputs, {plan} is the
 * test's plan code and {member} a person of the plan.
 */
@PanIntegrationTest
abstract class HostileInputScenarios {

    private static final String HEADER = "reference,title,description,organisation,theme,email,submitted_on,commitments\n";
    private static final String IDEAS = "/app/plans/{plan}/idees";
    private static final String MODERATION = "/app/consultation/moderation";

    /** One hostile request: a form post, a file upload, a raw body with its type, or a GET. */
    record Hostile(String name, String kind, String path, Map<String, String> form, byte[] body, String type) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    ActionPlan plan;
    long member;

    @BeforeEach
    void aPlanWithDraftsAMemberAndAPendingComment() {
        plan = ConsultationScenarios.openOnTwoCommitments(plans, committee, commitments, consultations);
        member = committee.findPersonByLogin("hbennani").orElseThrow().id();
        committee.assignRole(plan.id(), member, PlanRole.COMMITTEE_CIVIL_SOCIETY);
        jdbc.sql("""
                INSERT INTO pan_public_comment (consultation_id, commitment_id, body, language, status, submitted_at)
                SELECT consultation_id, commitment_id, 'En attente', 'fr', 'PENDING', ? FROM pan_consultation_commitment
                WHERE consultation_id = (SELECT id FROM pan_consultation WHERE plan_id = ?)""")
                .params(OffsetDateTime.now().minusMinutes(5), plan.id()).update();
        // an idea already stored, which a file or the form may not reuse
        jdbc.sql("""
                INSERT INTO pan_idea (plan_id, reference, title, author_organisation, theme, submitted_on, recorded_by,
                                      recorded_at) VALUES (?, 'I00', 'Déjà là', 'Association', 'Thème', ?, 'test', ?)""")
                .params(plan.id(), plan.periodStart(), OffsetDateTime.now()).update();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isRefusedWithAClearPageAndStoresNothing(Hostile input) {
        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        String path = input.path().replace("{plan}", plan.code());
        String stored = stored();

        HttpResponse<String> response = switch (input.kind()) {
            case "form" -> secretariat.post(path, resolved(input.form()),
                    secretariat.csrfToken(IDEAS.replace("{plan}", plan.code())));
            case "file" -> secretariat.postFile(path, "file", "idees.csv", resolved(input.body()),
                    secretariat.csrfToken(IDEAS.replace("{plan}", plan.code())));
            case "raw" -> secretariat.post(path + "?_csrf=" + secretariat.csrfToken(IDEAS.replace("{plan}", plan.code())),
                    input.type(), HttpRequest.BodyPublishers.ofByteArray(input.body()));
            default -> secretariat.get(path);
        };

        assertThat(response.statusCode()).as(input.name()).isBetween(400, 499);
        assertThat(response.body()).as(input.name())
                .doesNotContain("SELECT", "INSERT", "java.", "org.", "Exception");
        assertThat(stored()).as(input.name()).isEqualTo(stored);
    }

    /** What a refused input must not change: ideas, their links, meetings and theirs, moderated comments. */
    private String stored() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM pan_idea) || '/' || (SELECT COUNT(*) FROM pan_idea_commitment) || '/'
                    || (SELECT COUNT(*) FROM pan_meeting) || '/' || (SELECT COUNT(*) FROM pan_meeting_attendee) || '/'
                    || (SELECT COUNT(*) FROM pan_meeting_absentee) || '/' || (SELECT COUNT(*) FROM pan_meeting_item)
                    || '/' || (SELECT COUNT(*) FROM pan_public_comment WHERE status <> 'PENDING')""")
                .query(String.class).single();
    }

    /** The file with the plan's code, its other bytes untouched (Latin-1 maps each byte to one character). */
    private byte[] resolved(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1).replace("{plan}", plan.code())
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private Map<String, String> resolved(Map<String, String> form) {
        return form.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().replace("{member}", String.valueOf(member)),
                e -> e.getValue().replace("{plan}", plan.code()).replace("{member}", String.valueOf(member))));
    }

    static List<Hostile> inputs() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(ideaFiles());
        all.addAll(notFiles());
        all.addAll(ideaForms());
        all.addAll(meetingForms());
        all.addAll(moderation());
        return all;
    }

    private static final String GOOD_ROW = "I01,Titre,,Association,Thème,a@b.example,2024-01-15,{plan}-01\n";

    private static List<Hostile> ideaFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("header ending with a comma", HEADER.replace("\n", ",\n") + GOOD_ROW);
        files.put("header only a comma", ",\n" + GOOD_ROW);
        files.put("header with a repeated column", HEADER.replace("theme", "title") + GOOD_ROW);
        files.put("header in capitals", HEADER.toUpperCase() + GOOD_ROW);
        files.put("header with semicolons", HEADER.replace(',', ';') + GOOD_ROW.replace(',', ';'));
        files.put("header missing a column", HEADER.replace(",commitments", "") + GOOD_ROW);
        files.put("empty file", "");
        files.put("only blank lines", "\n\n\n");
        files.put("file of NUL bytes", "\0".repeat(4096));
        files.put("NUL bytes after the header", HEADER + "\0".repeat(100) + "\n");
        files.put("repeated commitment", HEADER + GOOD_ROW.replace("{plan}-01", "{plan}-01|{plan}-01"));
        files.put("unknown commitment", HEADER + GOOD_ROW.replace("{plan}-01", "{plan}-99"));
        files.put("commitment of SQL", HEADER + GOOD_ROW.replace("{plan}-01", "'; DROP TABLE pan_idea; --"));
        files.put("255-character e-mail", HEADER + GOOD_ROW.replace("a@b.example", "a".repeat(245) + "@b.example"));
        files.put("invalid e-mail", HEADER + GOOD_ROW.replace("a@b.example", "pas un courriel"));
        files.put("year 0", HEADER + GOOD_ROW.replace("2024-01-15", "0000-01-15"));
        files.put("year 10000", HEADER + GOOD_ROW.replace("2024-01-15", "+10000-01-15"));
        files.put("year -999999999", HEADER + GOOD_ROW.replace("2024-01-15", "-999999999-01-01"));
        files.put("30 February", HEADER + GOOD_ROW.replace("2024-01-15", "2024-02-30"));
        files.put("date with a tail", HEADER + GOOD_ROW.replace("2024-01-15", "2024-01-15T10:00"));
        files.put("date with SQL", HEADER + GOOD_ROW.replace("2024-01-15", "2024-01-15'; --"));
        files.put("date in French order", HEADER + GOOD_ROW.replace("2024-01-15", "15/01/2024"));
        files.put("date far before the plan", HEADER + GOOD_ROW.replace("2024-01-15", "1999-01-01"));
        files.put("date far after the plan", HEADER + GOOD_ROW.replace("2024-01-15", "2099-01-01"));
        files.put("date in Arabic digits", HEADER + GOOD_ROW.replace("2024-01-15", "٢٠٢٤-٠١-١٥"));
        files.put("missing title", HEADER + GOOD_ROW.replace("Titre", ""));
        files.put("blank organisation", HEADER + GOOD_ROW.replace("Association", "   "));
        files.put("missing date", HEADER + GOOD_ROW.replace("2024-01-15", ""));
        files.put("reference of 41 characters", HEADER + GOOD_ROW.replace("I01", "R".repeat(41)));
        files.put("title of 301 characters", HEADER + GOOD_ROW.replace("Titre", "t".repeat(301)));
        files.put("description of 4001 characters", HEADER + GOOD_ROW.replace(",,", ",\"" + "d".repeat(4001) + "\","));
        files.put("organisation of 201 characters", HEADER + GOOD_ROW.replace("Association", "o".repeat(201)));
        files.put("theme of 121 characters", HEADER + GOOD_ROW.replace("Thème", "h".repeat(121)));
        files.put("commitments of 2001 characters", HEADER + GOOD_ROW.replace("{plan}-01", "x".repeat(2001)));
        files.put("NUL in a title", HEADER + GOOD_ROW.replace("Titre", "Ti\0tre"));
        files.put("bell in a theme", HEADER + GOOD_ROW.replace("Thème", "Th\u0007me"));
        files.put("C1 control in an organisation", HEADER + GOOD_ROW.replace("Association", "Asso\u0085ciation"));
        files.put("escape in a description", HEADER + GOOD_ROW.replace(",,", ",\u001B[31m,"));
        files.put("unclosed quote", HEADER + GOOD_ROW.replace("Titre", "\"Titre"));
        files.put("text after a closing quote", HEADER + GOOD_ROW.replace("Titre", "\"Titre\"x"));
        files.put("one column too many", HEADER + GOOD_ROW.replace("\n", ",extra\n"));
        files.put("one column too few", HEADER + GOOD_ROW.replace(",{plan}-01", ""));
        files.put("a row of one column", HEADER + "I01\n");
        files.put("reference twice in the file", HEADER + GOOD_ROW + GOOD_ROW);
        files.put("reference already stored", HEADER + GOOD_ROW.replace("I01", "I00"));
        files.put("good rows then one bad", HEADER + GOOD_ROW + GOOD_ROW.replace("I01", "I02").replace("2024", "20x4"));
        List<Hostile> hostile = new ArrayList<>();
        files.forEach((name, text) -> hostile.add(new Hostile("ideas file: " + name, "file", IDEAS + "/import", null,
                text.getBytes(StandardCharsets.UTF_8), null)));
        hostile.add(new Hostile("ideas file: not UTF-8 (Latin-1)", "file", IDEAS + "/import", null,
                (HEADER + GOOD_ROW.replace("{plan}", "PAN3")).getBytes(StandardCharsets.ISO_8859_1), null));
        hostile.add(new Hostile("ideas file: UTF-16", "file", IDEAS + "/import", null,
                (HEADER + GOOD_ROW.replace("{plan}", "PAN3")).getBytes(StandardCharsets.UTF_16), null));
        hostile.add(new Hostile("ideas file: random bytes", "file", IDEAS + "/import", null,
                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0x80, 0x0A}, null));
        return hostile;
    }

    /** Posts to the import that carry no file. */
    private static List<Hostile> notFiles() {
        String path = IDEAS + "/import";
        return List.of(
                new Hostile("ideas import: a form, not multipart", "raw", path, null,
                        "file=abc".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"),
                new Hostile("ideas import: plain text", "raw", path, null, HEADER.getBytes(StandardCharsets.UTF_8),
                        "text/plain"),
                new Hostile("ideas import: JSON", "raw", path, null, "{\"file\":1}".getBytes(StandardCharsets.UTF_8),
                        "application/json"),
                new Hostile("ideas import: multipart without its boundary", "raw", path, null,
                        HEADER.getBytes(StandardCharsets.UTF_8), "multipart/form-data"),
                new Hostile("ideas import: multipart broken", "raw", path, null,
                        "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8),
                        "multipart/form-data; boundary=x"),
                new Hostile("ideas import: multipart without the file", "raw", path, null,
                        "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--x--\r\n"
                                .getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=x"));
    }

    private static Map<String, String> goodIdea() {
        return Map.of("reference", "F01", "title", "Budget citoyen", "organisation", "Association", "theme", "Budget",
                "email", "auteur@exemple.ma", "submitted_on", "2024-01-10", "commitments", "{plan}-01");
    }

    private static List<Hostile> ideaForms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        for (String field : List.of("reference", "title", "organisation", "theme", "submitted_on")) {
            forms.put("no " + field, with(goodIdea(), field, ""));
        }
        forms.put("repeated commitment", with(goodIdea(), "commitments", "{plan}-01|{plan}-01"));
        forms.put("repeated commitment, commas", with(goodIdea(), "commitments", "{plan}-01, {plan}-01"));
        forms.put("unknown commitment", with(goodIdea(), "commitments", "{plan}-42"));
        forms.put("255-character e-mail", with(goodIdea(), "email", "a".repeat(245) + "@exemple.ma"));
        forms.put("e-mail without domain", with(goodIdea(), "email", "auteur@"));
        forms.put("e-mail with a line break", with(goodIdea(), "email", "a@b.ma\nBcc: c@d.ma"));
        forms.put("reference already stored", with(goodIdea(), "reference", "I00"));
        forms.put("reference of 41 characters", with(goodIdea(), "reference", "R".repeat(41)));
        forms.put("title of 301 characters", with(goodIdea(), "title", "t".repeat(301)));
        forms.put("title of 301 emoji", with(goodIdea(), "title", "😀".repeat(301)));
        forms.put("description of 4001 characters", with(goodIdea(), "description", "d".repeat(4001)));
        forms.put("NUL in a title", with(goodIdea(), "title", "Bud\0get"));
        forms.put("C1 in an organisation", with(goodIdea(), "organisation", "Asso\u009Bciation"));
        for (String day : List.of("0000-01-10", "+10000-01-10", "10000-01-10", "-0001-01-10", "2024-13-01",
                "2024-02-30", "2024-01-10'; --", "2024-1-10", "10/01/2024", "2024-01-10T00:00", " 2024-01-10x",
                "1900-01-01", "2099-12-31", "٢٠٢٤-٠١-١٠")) {
            forms.put("date " + day, with(goodIdea(), "submitted_on", day));
        }
        List<Hostile> hostile = new ArrayList<>();
        forms.forEach((name, form) -> hostile.add(new Hostile("idea form: " + name, "form", IDEAS, form, null, null)));
        return hostile;
    }

    private static Map<String, String> goodMeeting() {
        return Map.of("plan", "{plan}", "heldOn", "2024-06-13", "title", "Réunion du comité", "location", "Rabat",
                "attendees", "{member}", "agenda", "Calendrier");
    }

    private static List<Hostile> meetingForms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        for (String day : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "0001-01-01", "9999-12-31",
                "2024-06-13'; --", "2024-06-31", "2024-6-13", "13/06/2024", "", "2024-06-13T10:00", "1970-01-01",
                "2030-01-01", "٢٠٢٤-٠٦-١٣")) {
            forms.put("date " + day, with(goodMeeting(), "heldOn", day));
        }
        forms.put("attendees[99999]", with(with(goodMeeting(), "attendees", ""), "attendees[99999]", "{member}"));
        forms.put("attendees[500]", with(with(goodMeeting(), "attendees", ""), "attendees[500]", "{member}"));
        forms.put("attendees[-1]", with(with(goodMeeting(), "attendees", ""), "attendees[-1]", "{member}"));
        forms.put("attendees[x]", with(with(goodMeeting(), "attendees", ""), "attendees[x]", "{member}"));
        forms.put("absentees[99999]", with(goodMeeting(), "absentees[99999]", "1"));
        forms.put("attendee not a number", with(goodMeeting(), "attendees", "abc"));
        forms.put("attendee beyond a long", with(goodMeeting(), "attendees", "99999999999999999999"));
        forms.put("unknown attendee", with(goodMeeting(), "attendees", "987654321"));
        forms.put("unknown absent organisation", with(goodMeeting(), "absentees", "987654321"));
        forms.put("remote neither true nor false", with(goodMeeting(), "remote", "peut-être"));
        forms.put("title of 301 characters", with(goodMeeting(), "title", "t".repeat(301)));
        forms.put("place of 301 characters", with(goodMeeting(), "location", "l".repeat(301)));
        forms.put("agenda item of 4001 characters", with(goodMeeting(), "agenda", "a".repeat(4001)));
        forms.put("blank agenda", with(goodMeeting(), "agenda", " \n\t\n "));
        forms.put("no place and not remote", with(goodMeeting(), "location", ""));
        forms.put("no attendee", with(goodMeeting(), "attendees", ""));
        List<Hostile> hostile = new ArrayList<>();
        forms.forEach((name, form) -> hostile.add(new Hostile("meeting: " + name, "form", "/app/reunions", form,
                null, null)));
        return hostile;
    }

    private static List<Hostile> moderation() {
        List<Hostile> hostile = new ArrayList<>();
        for (String query : List.of("du=abc", "du=0000-01-01", "du=%2B10000-01-01", "du=2024-02-30",
                "du=2024-03-20&au=2024-03-10", "au=2024-03-10%27%3B+--", "langue=xx", "langue=%27+OR+1%3D1",
                "engagement=" + "E".repeat(41), "page=0", "page=-1", "page=abc", "page=99999999999", "page=1e3")) {
            hostile.add(new Hostile("moderation page: " + query, "get", MODERATION + "?" + query, null, null, null));
        }
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put("unknown action", Map.of("action", "delete", "ids", "1"));
        posts.put("no action", Map.of("ids", "1"));
        posts.put("no selection", Map.of("action", "approve"));
        posts.put("id not a number", Map.of("action", "approve", "ids", "abc"));
        posts.put("id beyond a long", Map.of("action", "approve", "ids", "9223372036854775808"));
        posts.put("reject without reason", Map.of("action", "reject", "ids", "1"));
        posts.put("unknown reason", Map.of("action", "reject", "ids", "1", "reason", "BORING"));
        posts.put("reject the filter without reason", Map.of("action", "reject-filter"));
        posts.put("approve a filter with a bad date", Map.of("action", "approve-filter", "du", "2024-13-01"));
        posts.put("approve a filter with an unknown language", Map.of("action", "approve-filter", "langue", "tlh"));
        posts.put("approve a filter with a year 0", Map.of("action", "approve-filter", "au", "0000-12-31"));
        posts.forEach((name, form) -> hostile.add(new Hostile("moderation: " + name, "form", MODERATION, form, null,
                null)));
        hostile.add(new Hostile("moderation: 101 ids", "raw", MODERATION, null, ("action=approve&"
                + IntStream.rangeClosed(1, 101).mapToObj(i -> "ids=" + i).collect(Collectors.joining("&")))
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"));
        return hostile;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new HashMap<>(form);
        changed.put(field, value);
        return changed;
    }
}
