package be.aanboord.account;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates throw-away accounts for tests, each with a unique username. */
@Component
public class TestAccounts {

	public static final String DEMO_PASSWORD = "AanBoord-demo-2026";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final UserDetailsService users;

	TestAccounts(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService users) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.users = users;
	}

	/** Creates an account with the given password and roles and returns its username. */
	public String create(String password, Role... roles) {
		String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.jdbc
			.sql("insert into account (username, display_name, email, password_hash) values (?, ?, ?, ?) returning id")
			.params(username, "Test " + username, username + "@aanboord.test", this.encoder.encode(password))
			.query(Long.class)
			.single();
		Arrays.stream(roles)
			.forEach((role) -> this.jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
				.params(id, role.name())
				.update());
		return username;
	}

	/**
	 * Creates a school user (role SCHOOL) of the school and returns their username.
	 */
	public String createAtSchool(String password, long schoolId) {
		String username = create(password);
		this.jdbc.sql("update account set school_id = ? where username = ?").params(schoolId, username).update();
		this.jdbc.sql("insert into account_role (account_id, role) values (?, 'SCHOOL')")
			.param(idOf(username))
			.update();
		return username;
	}

	/**
	 * Creates a CLB worker (role CLB) of the CLB, an organisation marked as a CLB, and
	 * returns their username.
	 */
	public String createAtClb(String password, long clbId) {
		String username = create(password);
		this.jdbc.sql("update account set organisation_id = ? where username = ?").params(clbId, username).update();
		this.jdbc.sql("insert into account_role (account_id, role) values (?, 'CLB')").param(idOf(username)).update();
		return username;
	}

	public long idOf(String username) {
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	/**
	 * The signed-in user as Spring Security would build it, for MockMvc's
	 * {@code user(…)}.
	 */
	public CurrentUser signedIn(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
