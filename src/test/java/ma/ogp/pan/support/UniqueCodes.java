package ma.ogp.pan.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Codes that no other test of this JVM uses (plans share a test database): a counter, where the clock's last
 * digits met twice in a run of 143 tests.
 */
public final class UniqueCodes {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private UniqueCodes() {
    }

    public static String of(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }
}
