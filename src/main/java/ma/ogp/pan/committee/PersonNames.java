package ma.ogp.pan.committee;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * People as staff pages and task forms name them, by display name ({@code Mme Houdna BENNANI}), not by login; a
 * login no person has (an administrator's) stays as it is. For pages: {@code ${@personNames.of(e.extendedBy)}}.
 */
@Component("personNames")
public class PersonNames {

    private final CommitteeRepository people;

    PersonNames(CommitteeRepository people) {
        this.people = people;
    }

    public String of(String login) {
        return login == null ? "" : people.findPersonByLogin(login).map(Person::displayName).orElse(login);
    }

    public List<String> of(Collection<String> logins) {
        return logins.stream().map(this::of).toList();
    }
}
