package be.aanboord.system;

import java.util.List;

/**
 * The person whose data a {@link PersonalDataSource} exports or erases: a user of the
 * portal, as the account held them when the request was handled.
 *
 * @param accountId the account's id
 * @param username the username (as stored, any case)
 * @param email the e-mail address (as stored; match it case-insensitively)
 * @param displayName the name shown for the user (as stored; modules that stored the name
 * rather than the id match it exactly, ignoring case)
 * @param roles the account's roles ({@code Role} names, e.g. {@code "CITY"})
 * @param roleLabel the Dutch name of the user's main role ("Stad Leuven", "Beheerder"):
 * what replaces their name in records the law requires to keep
 * @param pseudonym what replaces their username and name elsewhere
 * ({@code verwijderd-<accountId>}), the same in every module
 * @param nameShared whether another account or another person of the lab carries the same
 * name (ignoring case): rows that stored a name rather than an id might then be theirs,
 * and are neither exported nor erased (see {@link #nameToMatch()})
 */
public record DataSubject(long accountId, String username, String email, String displayName, List<String> roles,
		String roleLabel, String pseudonym, boolean nameShared) {

	public DataSubject {
		roles = List.copyOf(roles);
	}

	/**
	 * The name to look for in rows that stored a person's name rather than their account
	 * (minutes, comments, history): the display name, or {@code null} when someone else
	 * carries the same name, so that such rows, which might be theirs, match nothing
	 * ({@code lower(column) = lower(null)} holds for no row).
	 */
	public String nameToMatch() {
		return this.nameShared ? null : this.displayName;
	}

	/** The pseudonym of an erased account: {@code verwijderd-} and the account's id. */
	public static String pseudonymOf(long accountId) {
		return "verwijderd-" + accountId;
	}

}
