package ma.ogp.pan.publication;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The secretariat records the ideas (a CSV import or one at a time) at {@code /app/plans/{code}/idees}; anyone
 * downloads them, without e-mails, at {@code /donnees/{code}/idees.csv|json}.
 */
@Controller
class IdeasController {

    static final List<String> OPEN_COLUMNS = List.of("reference", "title", "description", "organisation", "theme",
            "submitted_on", "commitments");
    private static final String PAGE = "app/ideas";

    private final IdeaService ideas;
    private final ActionPlanRepository plans;

    IdeasController(IdeaService ideas, ActionPlanRepository plans) {
        this.ideas = ideas;
        this.plans = plans;
    }

    @GetMapping("/app/plans/{code}/idees")
    ModelAndView page(@PathVariable String code, Authentication user) {
        SecretariatOnly.require(user);
        return show(plan(code), null, List.of());
    }

    @PostMapping("/app/plans/{code}/idees/import")
    ModelAndView importCsv(@PathVariable String code, @RequestParam("file") MultipartFile file, Authentication user)
            throws IOException {
        SecretariatOnly.require(user);
        ActionPlan plan = plan(code);
        // Excel and others write UTF-8 with a byte-order mark
        String text = new String(file.getBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        try {
            int count = ideas.importCsv(plan.id(), new StringReader(text), user.getName());
            return show(plan, count + " idée(s) importée(s).", List.of());
        } catch (IdeaRefusal refusal) {
            return show(plan, null, refusal.errors());
        }
    }

    @PostMapping("/app/plans/{code}/idees")
    ModelAndView create(@PathVariable String code, @RequestParam Map<String, String> form, Authentication user) {
        SecretariatOnly.require(user);
        ActionPlan plan = plan(code);
        try {
            LocalDate day = form.getOrDefault("submitted_on", "").isBlank() ? null : LocalDate.parse(form.get("submitted_on"));
            ideas.record(plan.id(), new Idea(null, plan.id(), blank(form.get("reference")), blank(form.get("title")),
                    blank(form.get("description")), blank(form.get("organisation")), blank(form.get("theme")),
                    blank(form.get("email")), day, Arrays.stream(form.getOrDefault("commitments", "").split("[|,\\s]+"))
                    .filter(r -> !r.isBlank()).toList()), user.getName());
        } catch (IdeaRefusal refusal) {
            return show(plan, null, refusal.errors());
        } catch (DateTimeParseException e) {
            return show(plan, null, List.of("date illisible (AAAA-MM-JJ)"));
        }
        return show(plan, "Idée enregistrée.", List.of());
    }

    @GetMapping(value = "/donnees/{code}/idees.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> json(@PathVariable String code) {
        return rows(plan(code));
    }

    @GetMapping("/donnees/{code}/idees.csv")
    ResponseEntity<String> csv(@PathVariable String code) {
        return OpenDataCsv.of(code + "-idees.csv", OPEN_COLUMNS, rows(plan(code)));
    }

    private List<Map<String, Object>> rows(ActionPlan plan) {
        return ideas.ofPlan(plan.id()).stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", i.reference());
            row.put("title", i.title());
            row.put("description", i.description());
            row.put("organisation", i.authorOrganisation());
            row.put("theme", i.theme());
            row.put("submitted_on", i.submittedOn().toString());
            row.put("commitments", String.join("|", i.commitmentReferences()));
            return row;
        }).toList();
    }

    /** The page; with refusals it is a 400 listing them, and nothing was stored. */
    private ModelAndView show(ActionPlan plan, String done, List<String> errors) {
        ModelAndView page = new ModelAndView(PAGE, errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("plan", plan);
        page.addObject("ideas", ideas.ofPlan(plan.id()));
        page.addObject("columns", String.join(",", IdeaService.COLUMNS));
        page.addObject("done", done);
        page.addObject("errors", errors);
        return page;
    }

    private ActionPlan plan(String code) {
        return plans.findByCode(code).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Plan inconnu : " + code));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
