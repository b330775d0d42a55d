package be.aanboord.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.aanboord.account.UserSchools.UserSchool;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a start page shows of accounts: who the user is (name, organisation, projects), a
 * school user's school, the schools a CLB worker's CLB serves, and for the lab the
 * accounts that are locked after failed logins.
 */
@Component
public class AccountHighlights {

	/** How many locked accounts a start page lists at most. */
	static final int LISTED = 5;

	/** A project the user coordinates. */
	public record MyProject(long id, String name, String slug) {
	}

	/** The signed-in user as the start page greets them. */
	public record Profile(String displayName, String organisation, List<MyProject> projects) {
	}

	/** An account locked after too many failed logins, until the given moment. */
	public record Locked(long id, String username, String displayName, Instant lockedUntil) {
	}

	/** The locked accounts: how many, and the first few. */
	public record LockedAccounts(long total, List<Locked> accounts) {
	}

	private final JdbcClient jdbc;

	private final UserSchools schools;

	AccountHighlights(JdbcClient jdbc, UserSchools schools) {
		this.jdbc = jdbc;
		this.schools = schools;
	}

	/** The school of a school user; empty for anyone else. */
	public Optional<UserSchool> school(CurrentUser user) {
		return (user.hasRole(Role.SCHOOL) && user.getSchoolId() != null) ? this.schools.find(user.getSchoolId())
				: Optional.empty();
	}

	/**
	 * The schools a CLB worker's CLB serves (those whose CLB it is), by name; empty for
	 * anyone else.
	 */
	public List<UserSchool> clbSchools(CurrentUser user) {
		return (user.getClbId() != null) ? this.schools.servedBy(user.getClbId()) : List.of();
	}

	/** Name, organisation and projects of a user, in one query. */
	public Profile profile(CurrentUser user) {
		record Row(String displayName, String organisation, Long projectId, String projectName, String slug) {
		}
		List<Row> rows = this.jdbc.sql("""
				select a.display_name, o.name as organisation, p.id as project_id, p.name as project_name, p.slug
				from account a left join organisation o on o.id = a.organisation_id
				left join account_project ap on ap.account_id = a.id
				left join project p on p.id = ap.project_id
				where a.id = :id order by p.position, p.name""").param("id", user.getId()).query(Row.class).list();
		if (rows.isEmpty()) {
			return new Profile(user.getDisplayName(), null, List.of());
		}
		return new Profile(rows.get(0).displayName(), rows.get(0).organisation(),
				rows.stream()
					.filter((row) -> row.projectId() != null)
					.map((row) -> new MyProject(row.projectId(), row.projectName(), row.slug()))
					.toList());
	}

	/** The accounts locked now. */
	public LockedAccounts locked(Instant now) {
		record Row(long id, String username, String displayName, Instant lockedUntil, long total) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, username, display_name, locked_until, count(*) over () as total
				from account where enabled and locked_until > :now
				order by locked_until desc, id limit :limit""")
			.params(Map.of("now", java.sql.Timestamp.from(now), "limit", LISTED))
			.query(Row.class)
			.list();
		return new LockedAccounts(rows.isEmpty() ? 0 : rows.get(0).total(),
				rows.stream()
					.map((row) -> new Locked(row.id(), row.username(), row.displayName(), row.lockedUntil()))
					.toList());
	}

}
