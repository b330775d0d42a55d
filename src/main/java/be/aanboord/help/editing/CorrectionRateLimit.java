package be.aanboord.help.editing;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anti-abuse without tracking: at most {@code aanboord.help.corrections-per-ip} proposed
 * corrections per client address per hour, per instance (Bucket4j token buckets, refilled
 * gradually), as the agenda limits its registrations. The address is the client's as
 * Tomcat reports it (behind a trusted proxy, the forwarded one). Nothing is stored beyond
 * the buckets, which are forgotten an hour after their last use.
 */
@Component
class CorrectionRateLimit {

	private static final Duration PERIOD = Duration.ofHours(1);

	private final long perPeriod;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(PERIOD)
		.build();

	CorrectionRateLimit(@Value("${aanboord.help.corrections-per-ip:10}") long perPeriod) {
		this.perPeriod = perPeriod;
	}

	/** Whether the address may propose once more now. */
	boolean allow(String address) {
		return this.buckets
			.get(address, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(this.perPeriod).refillGreedy(this.perPeriod, PERIOD).build())
				.build())
			.tryConsume(1);
	}

}
