package ma.ogp.pan.people;

import java.util.List;

import ma.ogp.pan.people.Invitations.LinkRefusal;
import ma.ogp.pan.people.Invitations.LinkState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public page where an invited person sets her password from the link of her invitation: the token, the
 * password twice. A used, replaced or expired link, or a person who left, gets a page that says so.
 */
@Controller
class PasswordController {

    private static final String PAGE = "password";

    private final Invitations invitations;

    PasswordController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping(Invitations.PAGE)
    ModelAndView form(@RequestParam(name = "jeton", required = false) String token) {
        LinkState state = invitations.state(token);
        return state.valid() ? page(token, state, List.of(), HttpStatus.OK) : refused(state);
    }

    @PostMapping(Invitations.PAGE)
    ModelAndView set(@RequestParam(name = "jeton", required = false) String token,
                     @RequestParam(name = "password", required = false) String password,
                     @RequestParam(name = "confirmation", required = false) String confirmation) {
        try {
            List<String> errors = invitations.setPassword(token, password, confirmation);
            if (errors.isEmpty()) {
                ModelAndView done = new ModelAndView(PAGE);
                done.addObject("done", true);
                done.addObject("login", invitations.state(token).person().login());
                return done;
            }
            return page(token, invitations.state(token), errors, HttpStatus.BAD_REQUEST);
        } catch (LinkRefusal refusal) {
            return refused(refusal.state());
        }
    }

    private static ModelAndView page(String token, LinkState state, List<String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView(PAGE, status);
        page.addObject("token", token);
        page.addObject("login", state.person().login());
        page.addObject("name", state.person().displayName());
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView refused(LinkState state) {
        ModelAndView page = new ModelAndView(PAGE, state.status());
        page.addObject("reason", state.reason());
        return page;
    }
}
