package be.aanboord.toolbox;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import be.aanboord.system.AfterCommit;
import be.aanboord.system.CacheBroadcast;
import be.aanboord.system.InstanceCache;
import be.aanboord.system.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A small in-memory cache of what the public toolbox shows (search results with their
 * facets, related fiches). The published set changes rarely: a publication, an archived
 * fiche or a new review date empties the cache at once and again once it is committed (so
 * that it is not refilled with what was read before the change was visible), in the
 * request that made the change, before its response: the page it redirects to shows the
 * change. The other instances empty theirs when the change commits
 * ({@link CacheBroadcast}). Entries expire after a short time so that download counts,
 * and an instance that missed a message while the database was away, catch up by
 * themselves. When many requests miss the same entry at once, one computes it and the
 * others wait for that result. Whatever empties this cache also announces the change to
 * the rendered public pages ({@link PublicPageCache}).
 */
@Component
class ToolboxCache implements InstanceCache {

	private final Cache<String, Object> entries;

	private final boolean enabled;

	/** Empties this cache on every instance and tells the rendered public pages. */
	private final Consumer<ToolboxCache> changed;

	@Autowired
	ToolboxCache(@Value("${aanboord.toolbox.cache-ttl:60s}") Duration timeToLive, PublicPageCache pages,
			CacheBroadcast instances) {
		this(timeToLive, (cache) -> {
			instances.changed(cache);
			pages.contentChanged();
		});
	}

	/**
	 * A cache on its own, in one instance without rendered pages to tell (unit tests).
	 */
	ToolboxCache(Duration timeToLive) {
		this(timeToLive, (cache) -> AfterCommit.nowAndAfterCommit(cache::dropLocally));
	}

	private ToolboxCache(Duration timeToLive, Consumer<ToolboxCache> changed) {
		this.enabled = !timeToLive.isZero();
		this.changed = changed;
		this.entries = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(2000).build();
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> loader) {
		return this.enabled ? (T) this.entries.get(key, (k) -> loader.get()) : loader.get();
	}

	/*
	 * Before the commit: the other instances are told with the transaction, which
	 * delivers the message when it commits (see CacheBroadcast).
	 */

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(FichePublished published) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(FicheArchived archived) {
		clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(FicheMarkedReviewed reviewed) {
		clear();
	}

	/**
	 * Empties the cache now and again when the current transaction commits, on this
	 * instance and the others.
	 */
	void clear() {
		this.changed.accept(this);
	}

	@Override
	public String cacheName() {
		return "toolbox";
	}

	@Override
	public void dropLocally() {
		this.entries.invalidateAll();
	}

}
