package ma.ogp.pan.support;

import com.icegreen.greenmail.util.ServerSetup;

/** The tests' SMTP server: the port Maven reserved for this build ({@code pan.test.smtp-port}), 3025 in an IDE. */
public final class TestSmtp {

    public static final ServerSetup SETUP =
            new ServerSetup(Integer.getInteger("pan.test.smtp-port", 3025), "localhost", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }
}
