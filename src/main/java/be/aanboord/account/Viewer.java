package be.aanboord.account;

import java.util.Arrays;
import java.util.Set;

/**
 * Whoever looks at a page, as the templates need it: signed in or not, name and roles.
 * Every page has it as {@code viewer}; asking it is much cheaper than evaluating a
 * security expression for each menu item.
 */
public record Viewer(String displayName, Set<Role> roles) {

	static final Viewer ANONYMOUS = new Viewer(null, Set.of());

	static Viewer of(CurrentUser user) {
		return (user != null) ? new Viewer(user.getDisplayName(), Set.copyOf(user.getRoles())) : ANONYMOUS;
	}

	public boolean isSignedIn() {
		return this.displayName != null;
	}

	public boolean has(String role) {
		return this.roles.contains(Role.valueOf(role));
	}

	public boolean hasAny(String... roles) {
		return Arrays.stream(roles).anyMatch(this::has);
	}

}
