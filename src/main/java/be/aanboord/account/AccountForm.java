package be.aanboord.account;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form to create or edit a user. */
class AccountForm {

	/**
	 * Constraints that apply only when a user is created (the username cannot change
	 * afterwards).
	 */
	interface New {

	}

	@NotBlank(groups = New.class)
	@Size(max = 100, groups = New.class)
	@Pattern(regexp = "[A-Za-z0-9._@-]*", groups = New.class)
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	/**
	 * Required when creating a user; when editing, empty keeps the password. Checked by
	 * the controller.
	 */
	@Size(max = 128)
	private String password;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Set<Long> projectIds = new HashSet<>();

	private Long organisationId;

	private Long clbId;

	private Long schoolId;

	private boolean enabled = true;

	private int version;

	static AccountForm from(Account account) {
		AccountForm form = new AccountForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.email = account.getEmail();
		form.roles = EnumSet.noneOf(Role.class);
		form.roles.addAll(account.getRoles());
		form.projectIds = new HashSet<>(account.getProjectIds());
		// one column holds a partner's organisation and a CLB worker's CLB
		form.organisationId = account.getRoles().contains(Role.PARTNER) ? account.getOrganisationId() : null;
		form.clbId = account.getRoles().contains(Role.CLB) ? account.getOrganisationId() : null;
		form.schoolId = account.getSchoolId();
		form.enabled = account.isEnabled();
		form.version = account.getVersion();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.trim() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.trim() : null;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public Set<Long> getProjectIds() {
		return this.projectIds;
	}

	public void setProjectIds(Set<Long> projectIds) {
		this.projectIds = (projectIds != null) ? projectIds : new HashSet<>();
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	/** The CLB of a CLB worker: the id of an organisation marked as a CLB. */
	public Long getClbId() {
		return this.clbId;
	}

	public void setClbId(Long clbId) {
		this.clbId = clbId;
	}

	/** The school of a school user. */
	public Long getSchoolId() {
		return this.schoolId;
	}

	public void setSchoolId(Long schoolId) {
		this.schoolId = schoolId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
