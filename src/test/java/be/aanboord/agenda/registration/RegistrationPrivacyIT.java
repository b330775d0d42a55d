package be.aanboord.agenda.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registrants' personal data: the privacy notice states purpose and retention; the
 * nightly job anonymises registrations a year after their activity (with a fixed clock);
 * a registrant asks for their data by a signed link, downloads a copy and erases it,
 * after which no text column of the agenda's tables holds their address.
 */
@IntegrationTest
class RegistrationPrivacyIT {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	SignedIn signedIn;

	@Autowired
	RegistrationFixture fixture;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	@Test
	void thePrivacyNoticeStatesPurposeAndRetention() throws Exception {
		Document notice = this.signedIn.page(null, get("/privacy"));
		assertThat(notice.text()).contains("alleen om de activiteit te organiseren")
			.contains("tot 12 maanden na de activiteit");
		assertThat(this.signedIn.page(null, get("/agenda/leerlabo-so-2026/inschrijven")).select("a[href=/privacy]"))
			.isNotEmpty();
	}

	@Test
	void registrationsAreAnonymisedTwelveMonthsAfterTheActivity() {
		Instant now = Instant.now();
		long old = this.fixture.activity("oud", 10, now.minus(Duration.ofDays(400)), "PUBLISHED");
		long recent = this.fixture.activity("recent", 10, now.minus(Duration.ofDays(300)), "PUBLISHED");
		insert(old, "Oude Deelnemer", "oud@example.org", true);
		insert(recent, "Recente Deelnemer", "recent@example.org", false);
		RegistrationRetention retention = new RegistrationRetention(this.registrations,
				Clock.fixed(now, ZoneId.of("Europe/Brussels")), Period.parse("P12M"));
		assertThat(retention.anonymise()).isPositive();
		Map<String, Object> anonymised = this.jdbc
			.queryForMap("select * from activity_registration where activity_id = ?", old);
		assertThat(anonymised.get("name")).isNull();
		assertThat(anonymised.get("email")).isNull();
		assertThat(anonymised.get("organisation")).isNull();
		assertThat(anonymised.get("job_function")).isNull();
		assertThat(anonymised.get("anonymised_at")).isNotNull();
		assertThat(anonymised.get("status")).isEqualTo("CONFIRMED");
		assertThat(anonymised.get("attended")).isEqualTo(true);
		assertThat(this.jdbc.queryForObject("select email from activity_registration where activity_id = ?",
				String.class, recent))
			.isEqualTo("recent@example.org");
		assertThat(retention.anonymise()).as("the second night finds nothing left").isZero();
		assertThat(this.jdbc
			.queryForObject("select count(*) from activity_registration r join activity a on a.id = r.activity_id "
					+ "where a.slug = 'meet-and-greet-2026' and r.email is not null", Long.class))
			.as("the demo's Meet & Greet ended less than a year ago")
			.isPositive();
	}

	@Test
	void aRegistrantGetsACopyAndErasesEverythingHeldUnderTheirAddress() throws Exception {
		String email = "wis.mij@example.org";
		long first = this.fixture.activity("wissen-1", 1);
		long second = this.fixture.activity("wissen-2", 5);
		this.signedIn.as(null, RegistrationFlowIT.registration(this.fixture.slug(first), "Wis Mij", email));
		this.signedIn.as(null,
				RegistrationFlowIT.registration(this.fixture.slug(second), "Wis Mij", "Wis.Mij@Example.org"));
		this.signedIn.as(null,
				RegistrationFlowIT.registration(this.fixture.slug(first), "Wachter", "wachter@example.org"));
		String personal = Mails.personalLink(Mails.await(mail, email, "Bevestiging van je inschrijving"));

		MockHttpServletResponse asked = this.signedIn.as(null,
				post("/privacy/mijn-gegevens").with(csrf()).param("email", email.toUpperCase()));
		assertThat(asked.getRedirectedUrl()).isEqualTo("/privacy/mijn-gegevens?verzonden=ja");
		this.signedIn.as(null, post("/privacy/mijn-gegevens").with(csrf()).param("email", "niemand@example.org"));
		MimeMessage message = Mails.await(mail, email.toUpperCase(), "Je gegevens bij Aan Boord");
		assertThat(Mails.count(mail, "niemand@example.org", "Je gegevens")).isZero();
		String link = Mails.dataLink(message);

		Document copy = this.signedIn.page(null, get(link));
		assertThat(copy.text()).contains("Leerlabo wissen-1").contains("Leerlabo wissen-2").contains("Wis Mij");
		MockHttpServletResponse csv = this.signedIn.as(null, get(link + "/kopie.csv"));
		assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Leerlabo wissen-1")
			.contains("Wis.Mij@Example.org");
		assertThat(this.signedIn.status(null, get(link.substring(0, link.length() - 3) + "abc"))).isEqualTo(404);

		assertThat(this.signedIn.as(null, post(link).with(csrf())).getRedirectedUrl())
			.isEqualTo("/privacy/mijn-gegevens?gewist=ja");
		assertThat(this.jdbc.queryForList(
				"select email || ' ' || status from activity_registration where activity_id = ?", String.class, first))
			.containsExactly("wachter@example.org CONFIRMED");
		Mails.await(mail, "wachter@example.org", "Er is een plaats voor je vrijgekomen");
		assertThat(this.signedIn.status(null, get(personal))).isEqualTo(404);
		assertThat(this.signedIn.page(null, get(link)).text())
			.contains("We bewaren niets (meer) onder dit e-mailadres.");
		waitForEventsToComplete();
		assertThat(rowsHolding("wis.mij@example.org")).as("text columns holding the address").isEmpty();
	}

	/**
	 * Every text column of the agenda's tables (and the event log) that holds the text.
	 */
	private List<String> rowsHolding(String text) {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select table_name, column_name from information_schema.columns
				where table_schema = 'public' and (table_name like 'activity%' or table_name = 'event_publication')
				  and data_type in ('text', 'character varying')""");
		assertThat(columns).isNotEmpty();
		return columns.stream()
			.filter((c) -> this.jdbc.queryForObject(
					"select count(*) from " + c.get("table_name") + " where lower(" + c.get("column_name") + ") like ?",
					Long.class, "%" + text + "%") > 0)
			.map((c) -> c.get("table_name") + "." + c.get("column_name"))
			.toList();
	}

	private void waitForEventsToComplete() throws InterruptedException {
		for (int i = 0; i < 100
				&& this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
						Long.class) > 0; i++) {
			Thread.sleep(100);
		}
	}

	private void insert(long activityId, String name, String email, boolean attended) {
		this.jdbc.update("""
				insert into activity_registration (activity_id, name, email, organisation, job_function, status,
				    registered_at, consented_at, attended)
				values (?, ?, ?, 'School', 'Leerkracht', 'CONFIRMED', ?, ?, ?)""", activityId, name, email,
				Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), attended);
	}

}
