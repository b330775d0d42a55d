package be.aanboord.toolbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A small in-memory cache of what the public toolbox shows (search results with their
 * facets, related fiches). The published set changes rarely: every change made here
 * empties the cache at once, and entries expire after a short time so that instances
 * behind a load balancer, and download counts, catch up by themselves.
 */
@Component
class ToolboxCache {

	private static final int MAX_ENTRIES = 2000;

	private record Cached(Object value, Instant expires) {
	}

	private final Map<String, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	private final Clock clock;

	private final Duration timeToLive;

	ToolboxCache(Clock clock, @Value("${aanboord.toolbox.cache-ttl:60s}") Duration timeToLive) {
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> loader) {
		if (this.timeToLive.isZero()) {
			return loader.get();
		}
		Instant now = this.clock.instant();
		synchronized (this.entries) {
			Cached entry = this.entries.get(key);
			if (entry != null && entry.expires().isAfter(now)) {
				return (T) entry.value();
			}
		}
		T value = loader.get();
		synchronized (this.entries) {
			this.entries.put(key, new Cached(value, now.plus(this.timeToLive)));
		}
		return value;
	}

	void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

}
