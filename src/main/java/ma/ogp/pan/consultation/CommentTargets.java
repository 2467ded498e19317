package ma.ogp.pan.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which consultation and commitment a posted comment goes to, remembered for a few seconds: under load, posting
 * a comment is then one insert. Closing the consultation clears it; a deadline extension shows within seconds.
 */
final class CommentTargets {

    private static final Duration TTL = Duration.ofSeconds(2);

    private final Function<String, CommentTarget> loader;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    CommentTargets(Function<String, CommentTarget> loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    CommentTarget get(String reference) {
        Instant now = clock.instant();
        Cached cached = cache.get(reference);
        if (cached == null || cached.loadedAt().plus(TTL).isBefore(now)) {
            cached = new Cached(loader.apply(reference), now);
            cache.put(reference, cached);
        }
        return cached.target();
    }

    void clear() {
        cache.clear();
    }

    private record Cached(CommentTarget target, Instant loadedAt) {
    }
}
