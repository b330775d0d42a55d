package be.aanboord.news.newsletter;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anti-abuse without tracking: at most {@code aanboord.newsletter.subscriptions-per-ip}
 * subscription requests per client address per hour, per instance (token buckets of
 * Bucket4j, refilled gradually, as the agenda's registrations). Nothing is stored beyond
 * the buckets, which are forgotten an hour after their last use.
 */
@Component
class NewsletterRateLimit {

	private static final Duration PERIOD = Duration.ofHours(1);

	private final long perPeriod;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(PERIOD)
		.build();

	NewsletterRateLimit(@Value("${aanboord.newsletter.subscriptions-per-ip:10}") long perPeriod) {
		this.perPeriod = perPeriod;
	}

	/** Whether the address may ask once more now. */
	boolean allow(String address) {
		return this.buckets
			.get(address, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(this.perPeriod).refillGreedy(this.perPeriod, PERIOD).build())
				.build())
			.tryConsume(1);
	}

}
