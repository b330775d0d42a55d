package be.aanboord.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A user of the portal, with roles and the scopes those roles apply to. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private boolean enabled = true;

	// always shown with the account, also in lists; loaded in batches
	// (hibernate.default_batch_fetch_size)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role")
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	/** The ids of the projects a coordinator is responsible for (project module). */
	@ElementCollection
	@CollectionTable(name = "account_project")
	@Column(name = "project_id")
	private Set<Long> projectIds = new HashSet<>();

	/**
	 * The id of the organisation a partner works for, or the CLB a CLB worker works for
	 * (partner module).
	 */
	private Long organisationId;

	/** The id of the school a school user works at (school module). */
	private Long schoolId;

	private int failedLogins;

	private Instant lockedUntil;

	/** When the user last signed in successfully (security and support, see README). */
	private Instant lastSignInAt;

	private Instant createdAt = Instant.now();

	@Version
	private int version;

	protected Account() {
	}

	Account(String username, String passwordHash) {
		this.username = username;
		this.passwordHash = passwordHash;
	}

	void describe(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	/**
	 * Gives the account these roles and their scopes: the projects count only for a
	 * coordinator, the organisation only for a partner or a CLB worker, the school only
	 * for a school user.
	 * @param projectIds ids of existing projects
	 * @param organisationId the id of an existing organisation (a CLB for a CLB worker),
	 * or null
	 * @param schoolId the id of an existing school, or null
	 */
	void grant(Set<Role> roles, Set<Long> projectIds, Long organisationId, Long schoolId) {
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.projectIds = roles.contains(Role.COORDINATOR) ? new HashSet<>(projectIds) : new HashSet<>();
		this.organisationId = (roles.contains(Role.PARTNER) || roles.contains(Role.CLB)) ? organisationId : null;
		this.schoolId = roles.contains(Role.SCHOOL) ? schoolId : null;
	}

	/**
	 * What this account may do: whether it is enabled, its roles and their scopes. Kept
	 * in the session of a signed-in user, so a change ends their sessions.
	 */
	Rights rights() {
		return new Rights(this.enabled, getRoles(), getProjectIds(), this.organisationId, this.schoolId);
	}

	record Rights(boolean enabled, Set<Role> roles, Set<Long> projectIds, Long organisationId, Long schoolId) {
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable() {
		this.enabled = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void disable() {
		this.enabled = false;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	/** The ids of the projects a coordinator is responsible for; empty for others. */
	public Set<Long> getProjectIds() {
		return Set.copyOf(this.projectIds);
	}

	/** The id of the organisation a partner or CLB worker works for, or null. */
	public Long getOrganisationId() {
		return this.organisationId;
	}

	/** The id of the school a school user works at, or null. */
	public Long getSchoolId() {
		return this.schoolId;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	/** Until when the login throttle locks the account, if it does. */
	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public int getVersion() {
		return this.version;
	}

}
