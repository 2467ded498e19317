package ma.ogp.pan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The staff login page (the public home page is the plan's: PublicHomeController). */
@Controller
public class HomeController {

    public static final String THROTTLED_LOGIN = "/login/attente";

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
