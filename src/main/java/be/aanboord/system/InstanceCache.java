package be.aanboord.system;

/**
 * A cache kept in one instance's memory whose content another instance can make stale: a
 * change on any instance empties it on every instance ({@link CacheBroadcast}). A bean
 * implementing this is found by the broadcast by its {@link #cacheName()}.
 */
public interface InstanceCache {

	/**
	 * The name the instances know this cache by: lower case letters and hyphens, the same
	 * on every instance (for example {@code toolbox}).
	 */
	String cacheName();

	/** Empties this instance's copy; called for changes made on another instance. */
	void dropLocally();

}
