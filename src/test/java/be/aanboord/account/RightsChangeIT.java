package be.aanboord.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rights that change while the user is signed in, with real logins in separate browsers
 * against a running server: a change of roles, scopes or enabled by an administrator ends
 * the user's sessions (their next request goes to the login page, and signing in again
 * gives the new rights); a password change ends the user's other sessions and keeps the
 * current one under a new session id.
 */
@ServerTest
class RightsChangeIT {

	private static final String PASSWORD = "een lang wachtwoord voor de test";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takingAdminAwayFromASignedInUserEndsAllTheirSessions() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.ADMIN);
		Visitor first = signedIn(user);
		Visitor second = signedIn(user);
		assertThat(first.get("/beheer/gebruikers").statusCode()).isEqualTo(200);
		assertThat(second.get("/beheer/gebruikers").statusCode()).isEqualTo(200);

		assertThat(edit(user, "Nu redacteur", List.of(Role.EDITOR), List.of()).statusCode()).isEqualTo(302);

		Visitor.assertSentToLogin(first.get("/beheer/gebruikers"));
		Visitor.assertSentToLogin(second.get("/beheer/gebruikers"));
		assertThat(sessionsOf(user)).isZero();
		assertThat(signedIn(user).get("/beheer/gebruikers").statusCode()).as("signed in again, as an editor")
			.isEqualTo(403);
	}

	@Test
	void movingACoordinatorToAnotherProjectEndsTheirSessionsAndTheOldProjectIsClosedToThem() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.COORDINATOR);
		coordinates(user, "RISK_BAO");
		long oldProjects = trajectoryOf("RISK_BAO");
		long newProjects = trajectoryOf("RISK_SO");
		Visitor first = signedIn(user);
		Visitor second = signedIn(user);
		assertThat(first.get("/trajecten/" + oldProjects).statusCode()).isEqualTo(200);
		assertThat(second.get("/trajecten/" + oldProjects).statusCode()).isEqualTo(200);
		assertThat(first.get("/trajecten/" + newProjects).statusCode()).isEqualTo(404);

		assertThat(
				edit(user, "Verhuisd naar SO", List.of(Role.COORDINATOR), List.of(projectId("RISK_SO"))).statusCode())
			.isEqualTo(302);

		Visitor.assertSentToLogin(first.get("/trajecten/" + oldProjects));
		Visitor.assertSentToLogin(second.get("/trajecten/" + oldProjects));
		Visitor again = signedIn(user);
		assertThat(again.get("/trajecten/" + oldProjects).statusCode()).isEqualTo(404);
		assertThat(again.get("/trajecten/" + newProjects).statusCode()).isEqualTo(200);
	}

	@Test
	void movingACLBWorkerToAnotherCLBOrASchoolUserToAnotherSchoolEndsTheirSessions() throws Exception {
		long goClb = organisation("GO! CLB Leuven-Tienen-Landen");
		long vrijClb = organisation("Vrij CLB Leuven");
		String worker = this.accounts.createAtClb(PASSWORD, goClb);
		Visitor browser = signedIn(worker);
		assertThat(browser.get("/start").body()).contains("Atheneum Dijlestad (fictief)")
			.doesNotContain("College Ter Beemden (fictief)");

		assertThat(editScopes(worker, "CLB", "clbId", vrijClb).statusCode()).isEqualTo(302);

		Visitor.assertSentToLogin(browser.get("/start"));
		assertThat(signedIn(worker).get("/start").body()).contains("College Ter Beemden (fictief)")
			.doesNotContain("Atheneum Dijlestad (fictief)");

		String staff = this.accounts.createAtSchool(PASSWORD, school("Basisschool De Linde (fictief)"));
		Visitor atSchool = signedIn(staff);
		assertThat(atSchool.get("/start").body()).contains("Basisschool De Linde (fictief)");

		assertThat(editScopes(staff, "SCHOOL", "schoolId", school("College Ter Beemden (fictief)")).statusCode())
			.isEqualTo(302);

		Visitor.assertSentToLogin(atSchool.get("/start"));
		assertThat(signedIn(staff).get("/start").body()).contains("College Ter Beemden (fictief)")
			.doesNotContain("Basisschool De Linde (fictief)");
	}

	@Test
	void disablingASignedInUserEndsTheirSessions() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.CITY);
		Visitor browser = signedIn(user);
		assertThat(browser.get("/start").statusCode()).isEqualTo(200);
		long id = this.accounts.idOf(user);
		Visitor admin = admin();
		HttpResponse<String> disabled = admin.post("/beheer/gebruikers/" + id,
				CsrfToken.of(admin.get("/beheer/gebruikers/" + id).body()), "displayName", "Uitgeschakeld", "email",
				user + "@aanboord.test", "roles", "CITY", "_enabled", "on", "version", String.valueOf(version(id)));
		assertThat(disabled.statusCode()).isEqualTo(302);
		Visitor.assertSentToLogin(browser.get("/start"));
	}

	@Test
	void aNewNameOnlyKeepsTheSessions() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.ADMIN);
		Visitor browser = signedIn(user);

		assertThat(edit(user, "Andere naam", List.of(Role.ADMIN), List.of()).statusCode()).isEqualTo(302);

		assertThat(browser.get("/beheer/gebruikers").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(user)).isEqualTo(1);
	}

	@Test
	void anAdminWhoChangesTheirOwnRolesKeepsThisSessionWithTheNewRolesAndLosesTheOthers() throws Exception {
		String admin = this.accounts.create(PASSWORD, Role.ADMIN);
		long id = this.accounts.idOf(admin);
		Visitor here = signedIn(admin);
		Visitor elsewhere = signedIn(admin);
		assertThat(here.get("/toolbox/redactie").statusCode()).isEqualTo(403);
		String editPage = here.get("/beheer/gebruikers/" + id).body();

		HttpResponse<String> saved = here.post("/beheer/gebruikers/" + id, CsrfToken.of(editPage), "displayName",
				"Beheer en redactie", "email", admin + "@aanboord.test", "roles", "ADMIN", "roles", "EDITOR", "enabled",
				"true", "version", String.valueOf(version(id)));

		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/beheer/gebruikers"));
		assertThat(here.get("/beheer/gebruikers").statusCode()).isEqualTo(200);
		assertThat(here.get("/toolbox/redactie").statusCode()).as("the new role, in this session").isEqualTo(200);
		Visitor.assertSentToLogin(elsewhere.get("/beheer/gebruikers"));
		assertThat(sessionsOf(admin)).isEqualTo(1);
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOneUnderANewId() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.PARTNER);
		Visitor here = signedIn(user);
		Visitor elsewhere = signedIn(user);
		String before = here.sessionCookie();

		HttpResponse<String> changed = here.post("/mijn-account/wachtwoord",
				CsrfToken.of(here.get("/mijn-account/wachtwoord").body()), "currentPassword", PASSWORD, "newPassword",
				"het nieuwe lange wachtwoord", "confirmation", "het nieuwe lange wachtwoord");

		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/start"));
		assertThat(here.sessionCookie()).as("a new session id").isNotEqualTo(before);
		HttpResponse<String> start = here.get("/start");
		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(start.body()).select("[role=status]").text()).contains("Je wachtwoord is gewijzigd");
		Visitor.assertSentToLogin(elsewhere.get("/start"));
		Visitor withTheOldCookie = new Visitor(this.port);
		withTheOldCookie.useSessionCookie(before);
		Visitor.assertSentToLogin(withTheOldCookie.get("/start"));
		assertThat(sessionsOf(user)).isEqualTo(1);
	}

	@Test
	void aFailedPasswordChangeEndsNoSession() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.PARTNER);
		Visitor here = signedIn(user);
		Visitor elsewhere = signedIn(user);

		HttpResponse<String> refused = here.post("/mijn-account/wachtwoord",
				CsrfToken.of(here.get("/mijn-account/wachtwoord").body()), "currentPassword", "niet mijn wachtwoord",
				"newPassword", "het nieuwe lange wachtwoord", "confirmation", "het nieuwe lange wachtwoord");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/start").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(user)).isEqualTo(2);
	}

	private Visitor signedIn(String username) throws Exception {
		return new Visitor(this.port).logIn(username, PASSWORD);
	}

	private Visitor admin() throws Exception {
		return new Visitor(this.port).logIn(this.accounts.create(PASSWORD, Role.ADMIN), PASSWORD);
	}

	/** Saves the user's form as another administrator would. */
	private HttpResponse<String> edit(String username, String displayName, List<Role> roles, List<Long> projectIds)
			throws Exception {
		long id = this.accounts.idOf(username);
		Visitor admin = admin();
		List<String> fields = new ArrayList<>(List.of("displayName", displayName, "email", username + "@aanboord.test",
				"enabled", "true", "version", String.valueOf(version(id))));
		roles.forEach((role) -> fields.addAll(List.of("roles", role.name())));
		projectIds.forEach((project) -> fields.addAll(List.of("projectIds", String.valueOf(project))));
		return admin.post("/beheer/gebruikers/" + id, CsrfToken.of(admin.get("/beheer/gebruikers/" + id).body()),
				fields.toArray(String[]::new));
	}

	/**
	 * Saves the user's form with one role and its scope, as another administrator would.
	 */
	private HttpResponse<String> editScopes(String username, String role, String scopeField, long scope)
			throws Exception {
		long id = this.accounts.idOf(username);
		Visitor admin = admin();
		return admin.post("/beheer/gebruikers/" + id, CsrfToken.of(admin.get("/beheer/gebruikers/" + id).body()),
				"displayName", "Verhuisd", "email", username + "@aanboord.test", "roles", role, scopeField,
				String.valueOf(scope), "enabled", "true", "version", String.valueOf(version(id)));
	}

	private long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private long school(String name) {
		return this.jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single();
	}

	private void coordinates(String username, String projectCode) {
		this.jdbc.sql("insert into account_project (account_id, project_id) values (?, ?)")
			.params(this.accounts.idOf(username), projectId(projectCode))
			.update();
	}

	private long projectId(String code) {
		return this.jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single();
	}

	private long trajectoryOf(String projectCode) {
		return this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = ? order by t.id limit 1""").param(projectCode).query(Long.class).single();
	}

	private int version(long id) {
		return this.jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
