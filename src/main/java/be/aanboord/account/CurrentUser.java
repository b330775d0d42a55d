package be.aanboord.account;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as kept in the session: identity, roles and the scopes of those
 * roles (a coordinator's projects, a partner's or CLB worker's organisation, a school
 * user's school). Other modules read scopes from here.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final Set<Role> roles;

	private final Set<Long> projectIds;

	private final Long organisationId;

	private final Long schoolId;

	CurrentUser(Account account, Instant now) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.locked = account.isLocked(now);
		this.roles = account.getRoles();
		this.projectIds = account.getProjectIds();
		this.organisationId = account.getOrganisationId();
		this.schoolId = account.getSchoolId();
	}

	public long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	/** The projects this user coordinates; empty for anyone who is not a coordinator. */
	public Set<Long> getProjectIds() {
		return this.projectIds;
	}

	/**
	 * The organisation this user works for as a partner, or the CLB (an organisation
	 * marked as a CLB) they work for as a CLB worker; null for anyone else. A CLB worker
	 * serves the schools whose CLB this is.
	 */
	public Long getOrganisationId() {
		return this.organisationId;
	}

	/** The school this user works at; null unless the user holds {@link Role#SCHOOL}. */
	public Long getSchoolId() {
		return this.schoolId;
	}

	/**
	 * The CLB this user works for; null unless the user holds {@link Role#CLB}.
	 * @return the id of an organisation marked as a CLB, or null
	 */
	public Long getClbId() {
		return hasRole(Role.CLB) ? this.organisationId : null;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
