package be.aanboord.toolbox;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import be.aanboord.system.AfterCommit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A small in-memory cache of what the public toolbox shows (search results with their
 * facets, related fiches). The published set changes rarely: every change made here
 * empties the cache, and entries expire after a short time so that instances behind a
 * load balancer, and download counts, catch up by themselves. When many requests miss the
 * same entry at once, one computes it and the others wait for that result.
 */
@Component
class ToolboxCache {

	private final Cache<String, Object> entries;

	private final boolean enabled;

	ToolboxCache(@Value("${aanboord.toolbox.cache-ttl:60s}") Duration timeToLive) {
		this.enabled = !timeToLive.isZero();
		this.entries = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(2000).build();
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> loader) {
		return this.enabled ? (T) this.entries.get(key, (k) -> loader.get()) : loader.get();
	}

	/** Empties the cache now and again when the current transaction commits. */
	void clear() {
		AfterCommit.nowAndAfterCommit(this.entries::invalidateAll);
	}

}
