package be.aanboord.account;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions in PostgreSQL, seen through a running server: requests of one session at
 * the same moment, and session cookies that no session could have.
 */
@ServerTest
class SessionStoreIT {

	private static final String PASSWORD = "een lang wachtwoord voor de test";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveSessionsLoggedAtOnceInOneBrowserSessionAreAllAnsweredAndAllSaved() throws Exception {
		String user = this.accounts.create(PASSWORD, Role.COORDINATOR);
		this.jdbc.sql("insert into account_project (account_id, project_id) select ?, id from project where code = ?")
			.params(this.accounts.idOf(user), "RISK_BAO")
			.update();
		long trajectory = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_BAO' and t.status = 'RUNNING' order by t.id desc limit 1""")
			.query(Long.class)
			.single();
		// a date inside the trajectory's school year, so that no warning asks for a
		// confirmation
		String sessionDate = this.jdbc.sql(
				"select (y.starts_on + 30)::text from trajectory t join school_year y on y.start_year = t.school_year where t.id = ?")
			.param(trajectory)
			.query(String.class)
			.single();
		Visitor browser = new Visitor(this.port).logIn(user, PASSWORD);
		String csrf = CsrfToken.of(browser.get("/trajecten/" + trajectory).body());
		String marker = "Parallel " + System.nanoTime();

		// each answer adds the same attribute (the flash message) to the one session
		List<CompletableFuture<Integer>> answers = IntStream.rangeClosed(1, 5)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> {
				try {
					return browser
						.post("/trajecten/" + trajectory + "/sessies", csrf, "sessionDate", sessionDate, "hours", "1",
								"activity", marker + " " + i)
						.statusCode();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}))
			.toList();

		assertThat(answers).extracting(CompletableFuture::join).containsOnly(302);
		assertThat(this.jdbc.sql("select count(*) from trajectory_session where trajectory_id = ? and activity like ?")
			.params(trajectory, marker + " %")
			.query(Long.class)
			.single()).isEqualTo(5);
		HttpResponse<String> page = browser.get("/trajecten/" + trajectory);
		assertThat(page.statusCode()).as("the session is still signed in").isEqualTo(200);
	}

	/** Values whose decoded form (the cookie is Base64) no session id can have. */
	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "abc\u0000def", "00000000-0000-0000-0000-00000000000\u0000", "'; --",
			"\u202Etxet", "🎉🎉🎉", "ffffffff-ffff-ffff-ffff-ffffffffffffff" })
	void aSessionCookieThatHoldsNoSessionIdIsIgnored(String decoded) throws Exception {
		assertIgnored(Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "AA==", "'", "%00", "\"\"", "====" })
	void aSessionCookieThatIsNotBase64IsIgnored(String value) throws Exception {
		assertIgnored(value);
	}

	@Test
	void aLongSessionCookieIsIgnored() throws Exception {
		assertIgnored("a".repeat(4000));
		assertIgnored(Base64.getEncoder().encodeToString("a".repeat(3000).getBytes(StandardCharsets.UTF_8)));
	}

	private void assertIgnored(String cookie) throws Exception {
		Visitor visitor = new Visitor(this.port);
		HttpResponse<String> toolbox = visitor
			.send(visitor.request("/toolbox").header("Cookie", "AANBOORD_SESSION=" + cookie).build());
		assertThat(toolbox.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(toolbox.body()).select("h1").text()).contains("Toolbox");
		Visitor.assertSentToLogin(
				visitor.send(visitor.request("/start").header("Cookie", "AANBOORD_SESSION=" + cookie).build()));
		HttpRequest login = visitor.request("/login").header("Cookie", "AANBOORD_SESSION=" + cookie).build();
		assertThat(visitor.send(login).statusCode()).isEqualTo(200);
	}

}
