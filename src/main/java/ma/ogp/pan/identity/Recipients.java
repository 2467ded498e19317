package ma.ogp.pan.identity;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Mail addresses of users and groups, from Camunda's identity service. */
@Component
public class Recipients {

    private final IdentityService identity;

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    public List<String> ofUser(String userId) {
        return emails(identity.createUserQuery().userId(userId).list());
    }

    public List<String> ofGroup(String groupId) {
        return emails(identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
    }

    public String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : user.getFirstName() + " " + user.getLastName();
    }

    private static List<String> emails(List<User> users) {
        return users.stream().map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList();
    }
}
