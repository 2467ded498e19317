package ma.ogp.pan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public home page and the staff login page. */
@Controller
public class HomeController {

    public static final String THROTTLED_LOGIN = "/login/attente";

    @GetMapping("/")
    String home() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Where a throttled login is forwarded (LoginRefusals): the login page again, with the wait, under a 429. */
    @RequestMapping(THROTTLED_LOGIN)
    String throttledLogin() {
        return "login";
    }
}
