package ma.ogp.pan.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param invitationValidity how long the link of an invitation sets a password */
@ConfigurationProperties("pan.people")
record PeopleProperties(@DefaultValue("PT72H") Duration invitationValidity) {
}
