package ma.ogp.pan.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.ogp.pan.identity.Accounts;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A new person's one-time link to set her password: a random token that only the mail carries (the database keeps
 * its SHA-256), valid {@code pan.people.invitation-validity}, replaced by a newer invitation, ended when she leaves.
 */
@Service
public class Invitations {

    public static final String PAGE = "/compte/mot-de-passe";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    /** The mail of an invitation, sent once its transaction committed: the token exists only here and in it. */
    public record InvitationMail(String key, Mail mail) {
    }

    /** What a link can do: set the password ({@code valid}), or why not, with its HTTP status and French reason. */
    record LinkState(boolean valid, HttpStatus status, String reason, PersonRow person, PeopleRepository.Invitation invitation) {
    }

    private final PeopleRepository people;
    private final Accounts accounts;
    private final OnceOnlyMailer mailer;
    private final NotificationProperties mail;
    private final PeopleProperties settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(PeopleRepository people, Accounts accounts, OnceOnlyMailer mailer, NotificationProperties mail,
                PeopleProperties settings, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.mailer = mailer;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a new link for the person, in the caller's transaction; the mail is sent by {@link #send}. */
    InvitationMail issue(PersonRow person, List<String> roles, String by) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(settings.invitationValidity());
        long id = people.invite(person.id(), hash(token), by, now, expires);
        String link = UriComponentsBuilder.fromUriString(mail.baseUrl() + PAGE).queryParam("jeton", token).toUriString();
        return new InvitationMail("INVITATION:" + id, new Mail(List.of(person.email()),
                "Votre compte pour la co-création du Plan d'Action National", "invitation",
                Map.of("name", person.displayName(), "login", person.login(), "link", link, "roles", roles,
                        "expires", local(expires))));
    }

    /** Hands the mail to SMTP through the mail outbox (recorded once, sent in units of work of its own). */
    public void send(InvitationMail invitation) {
        mailer.send(invitation.key(), invitation.mail());
    }

    @Transactional(readOnly = true)
    LinkState state(String token) {
        return state(token == null ? Optional.empty() : people.findInvitation(hash(token)));
    }

    /** Sets the password once, if the link still may and the password suits the policy; else the reasons. */
    @Transactional
    List<String> setPassword(String token, String password, String confirmation) {
        LinkState state = state(token == null ? Optional.empty() : people.lockInvitation(hash(token)));
        if (!state.valid()) {
            throw new LinkRefusal(state);
        }
        List<String> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add("Saisissez un mot de passe.");
        } else if (!password.equals(confirmation)) {
            errors.add("Les deux mots de passe diffèrent : saisissez deux fois le même.");
        } else {
            errors.addAll(accounts.weaknesses(state.person().login(), password));
        }
        if (errors.isEmpty()) {
            accounts.setPassword(state.person().login(), password);
            people.markUsed(state.invitation().id(), OffsetDateTime.now(clock));
        }
        return errors;
    }

    /** Where the person's newest invitation stands, as the list of people shows it. */
    String status(PeopleRepository.Invitation invitation) {
        if (invitation.usedAt() != null) {
            return "mot de passe défini";
        }
        if (invitation.replacedAt() != null) {
            return "invitation close";
        }
        return invitation.expiresAt().isAfter(OffsetDateTime.now(clock))
                ? "invitée, lien valable jusqu'au " + local(invitation.expiresAt())
                : "invitation expirée le " + local(invitation.expiresAt());
    }

    private LinkState state(Optional<PeopleRepository.Invitation> found) {
        if (found.isEmpty()) {
            return refused(HttpStatus.NOT_FOUND, "Ce lien n'est pas valide. Vérifiez qu'il est complet (copiez toute"
                    + " l'adresse reçue par courriel) ou demandez une nouvelle invitation au secrétariat.", null, null);
        }
        PeopleRepository.Invitation invitation = found.get();
        PersonRow person = people.findPerson(invitation.personId()).orElseThrow();
        if (!person.active()) {
            return refused(HttpStatus.GONE, "Ce compte a été désactivé : il ne permet plus de se connecter.", person, invitation);
        }
        if (invitation.usedAt() != null) {
            return refused(HttpStatus.GONE, "Ce lien a déjà servi : votre mot de passe est défini. Connectez-vous avec"
                    + " votre identifiant ; si vous avez oublié votre mot de passe, demandez une nouvelle invitation au"
                    + " secrétariat.", person, invitation);
        }
        if (invitation.replacedAt() != null) {
            return refused(HttpStatus.GONE, "Ce lien a été remplacé par une invitation plus récente : utilisez le lien"
                    + " du dernier courriel reçu.", person, invitation);
        }
        if (!invitation.expiresAt().isAfter(OffsetDateTime.now(clock))) {
            return refused(HttpStatus.GONE, "Ce lien a expiré (il était valable jusqu'au " + local(invitation.expiresAt())
                    + "). Demandez au secrétariat de vous envoyer une nouvelle invitation.", person, invitation);
        }
        return new LinkState(true, HttpStatus.OK, null, person, invitation);
    }

    private static LinkState refused(HttpStatus status, String reason, PersonRow person,
                                     PeopleRepository.Invitation invitation) {
        return new LinkState(false, status, reason, person, invitation);
    }

    private String local(OffsetDateTime at) {
        return at.atZoneSameInstant(mail.timeZone()).format(WHEN);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A link that cannot set a password (unknown, used, replaced, expired, or its person left). */
    static class LinkRefusal extends RuntimeException {

        private final transient LinkState state;

        LinkRefusal(LinkState state) {
            super(state.reason());
            this.state = state;
        }

        LinkState state() {
            return state;
        }
    }
}
