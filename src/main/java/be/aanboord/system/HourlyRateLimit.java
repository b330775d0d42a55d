package be.aanboord.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Anti-abuse without tracking for a public form: at most a number of posts per client
 * address per hour, per instance (token buckets of Bucket4j, refilled gradually). The
 * address is the client's as Tomcat reports it: behind a trusted proxy, the one it
 * forwards (X-Forwarded-For, see {@code server.tomcat.remoteip.*}). Nothing is stored
 * beyond the buckets, which are forgotten an hour after their last use (at most 100,000
 * addresses). A module's limit is a component that extends this class and reads its
 * number from its own setting.
 */
public abstract class HourlyRateLimit {

	private static final Duration PERIOD = Duration.ofHours(1);

	private final long perHour;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(PERIOD)
		.build();

	/**
	 * @param perHour posts accepted per address per hour (at least 1)
	 */
	protected HourlyRateLimit(long perHour) {
		this.perHour = Math.max(1, perHour);
	}

	/** Whether the address may post once more now; counts the post when it may. */
	public boolean allow(String address) {
		return this.buckets
			.get(address,
					(key) -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(this.perHour).refillGreedy(this.perHour, PERIOD).build())
						.build())
			.tryConsume(1);
	}

}
