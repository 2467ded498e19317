package ma.ogp.pan.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.CsvFile;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
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
        List<String> unreadable = new ArrayList<>();
        String text = CsvFile.text(file.getBytes(), unreadable);
        if (!unreadable.isEmpty()) {
            return show(plan, null, unreadable);
        }
        try {
            int count = ideas.importCsv(plan, text, user.getName());
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
            ideas.record(plan, form, user.getName());
        } catch (IdeaRefusal refusal) {
            return show(plan, null, refusal.errors());
        }
        return show(plan, "Idée enregistrée.", List.of());
    }

    /** A post that is not a multipart form with its file, or a file over the size limit: the page says so. */
    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ModelAndView notAFile(Exception e, HttpServletRequest request) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        ModelAndView page = show(plan((String) path.get("code")), null, List.of(e instanceof MaxUploadSizeExceededException
                ? "fichier trop volumineux"
                : "aucun fichier reçu : envoyez le fichier CSV avec le formulaire d'import"));
        page.setStatus(e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        return page;
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
}
