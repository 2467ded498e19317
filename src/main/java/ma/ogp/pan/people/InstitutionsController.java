package ma.ogp.pan.people;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.identity.SecretariatOnly;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The secretariat adds, edits and imports the institutions at {@code /app/institutions}. */
@Controller
class InstitutionsController {

    private final InstitutionService institutions;

    InstitutionsController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    @GetMapping("/app/institutions")
    ModelAndView list(Authentication user) {
        SecretariatOnly.require(user);
        return list(null, List.of());
    }

    @PostMapping("/app/institutions")
    ModelAndView create(@RequestParam Map<String, String> form, Authentication user) {
        SecretariatOnly.require(user);
        try {
            Institution created = institutions.create(form);
            return list("Institution " + created.code() + " enregistrée.", List.of());
        } catch (PeopleRefusal refusal) {
            return list(null, refusal.errors());
        }
    }

    @PostMapping("/app/institutions/import")
    ModelAndView importCsv(@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        SecretariatOnly.require(user);
        return ImportForms.importFile(file, text -> institutions.importCsv(text) + " institution(s) importée(s).",
                this::list);
    }

    @GetMapping("/app/institutions/{code}")
    ModelAndView edit(@PathVariable String code, Authentication user) {
        SecretariatOnly.require(user);
        return edit(institutions.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Aucune institution « " + code + " »")), null, List.of());
    }

    @PostMapping("/app/institutions/{code}")
    ModelAndView update(@PathVariable String code, @RequestParam Map<String, String> form, Authentication user) {
        SecretariatOnly.require(user);
        try {
            return edit(institutions.update(code, form), "Institution enregistrée.", List.of());
        } catch (PeopleRefusal refusal) {
            ModelAndView page = edit(code, user);
            page.addObject("errors", refusal.errors());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ModelAndView notAFile(Exception e) {
        return ImportForms.notAFile(e, this::list);
    }

    /** The list; with refusals it is a 400 listing them, and nothing was stored. */
    private ModelAndView list(String done, List<String> errors) {
        ModelAndView page = new ModelAndView("app/institutions", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("institutions", institutions.all());
        page.addObject("sectors", Constituency.labels());
        page.addObject("columns", String.join(",", InstitutionService.COLUMNS));
        page.addObject("done", done);
        page.addObject("errors", errors);
        return page;
    }

    private ModelAndView edit(Institution institution, String done, List<String> errors) {
        ModelAndView page = new ModelAndView("app/institution");
        page.addObject("institution", institution);
        page.addObject("sectors", Constituency.labels());
        page.addObject("done", done);
        page.addObject("errors", errors);
        return page;
    }
}
