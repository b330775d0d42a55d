package be.aanboord.toolbox;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import be.aanboord.system.AfterCommit;
import be.aanboord.system.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * A small in-memory cache of what the public toolbox shows (search results with their
 * facets, related fiches). The published set changes rarely: a publication, an archived
 * fiche or a new review date empties the cache once it is committed (so that it is not
 * refilled with what was read before the change was visible), in the request that made
 * the change, before its response: the page it redirects to shows the change. Entries
 * expire after a short time so that instances behind a load balancer, and download
 * counts, catch up by themselves. When many requests miss the same entry at once, one
 * computes it and the others wait for that result. Whatever empties this cache also
 * announces the change to the rendered public pages ({@link PublicPageCache}).
 */
@Component
class ToolboxCache {

	private final Cache<String, Object> entries;

	private final boolean enabled;

	/** Announces a change to the rendered public pages, after this cache is emptied. */
	private final Runnable publicContentChanged;

	@Autowired
	ToolboxCache(@Value("${aanboord.toolbox.cache-ttl:60s}") Duration timeToLive, PublicPageCache pages) {
		this(timeToLive, pages::contentChanged);
	}

	/** A cache on its own, without rendered pages to tell (unit tests). */
	ToolboxCache(Duration timeToLive) {
		this(timeToLive, () -> {
		});
	}

	private ToolboxCache(Duration timeToLive, Runnable publicContentChanged) {
		this.enabled = !timeToLive.isZero();
		this.publicContentChanged = publicContentChanged;
		this.entries = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(2000).build();
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> loader) {
		return this.enabled ? (T) this.entries.get(key, (k) -> loader.get()) : loader.get();
	}

	@TransactionalEventListener
	void on(FichePublished published) {
		this.entries.invalidateAll();
		this.publicContentChanged.run();
	}

	@TransactionalEventListener
	void on(FicheArchived archived) {
		this.entries.invalidateAll();
		this.publicContentChanged.run();
	}

	@TransactionalEventListener
	void on(FicheMarkedReviewed reviewed) {
		this.entries.invalidateAll();
		this.publicContentChanged.run();
	}

	/** Empties the cache now and again when the current transaction commits. */
	void clear() {
		AfterCommit.nowAndAfterCommit(this.entries::invalidateAll);
		this.publicContentChanged.run();
	}

}
