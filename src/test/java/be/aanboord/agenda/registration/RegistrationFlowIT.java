package be.aanboord.agenda.registration;

import java.time.Duration;
import java.time.Instant;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A visitor registers without an account, gets the confirmation with the activity's
 * {@code .ics} and a personal link, cancels by that link, and the first person waiting is
 * promoted and mailed; the organiser sees the lists, exports them, prints the attendance
 * list, marks attendance and writes to everyone.
 */
@IntegrationTest
class RegistrationFlowIT {

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

	@Autowired
	be.aanboord.agenda.Activities activities;

	@Autowired
	be.aanboord.account.TestAccounts accounts;

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	static MockHttpServletRequestBuilder registration(String slug, String name, String email) {
		return post("/agenda/" + slug + "/inschrijven").with(csrf())
			.param("name", name)
			.param("email", email)
			.param("organisation", "Basisschool De Linde")
			.param("jobFunction", "Leerkracht")
			.param("consent", "true")
			.param("website", "");
	}

	@Test
	void aVisitorRegistersCancelsByTheLinkAndTheFirstWaitingIsPromoted() throws Exception {
		long id = this.fixture.activity("stroom", 2);
		String slug = this.fixture.slug(id);
		Document form = this.signedIn.page(null, get("/agenda/" + slug + "/inschrijven"));
		assertThat(form.select("#plaatsen").text()).isEqualTo("Nog 2 plaatsen vrij");
		assertThat(form.select("input[name=website]")).hasSize(1);

		for (String who : new String[] { "an", "bert", "chris", "dina" }) {
			MockHttpServletResponse response = this.signedIn.as(null,
					registration(slug, who + " Peeters", who + "@example.org"));
			assertThat(response.getRedirectedUrl()).isEqualTo("/agenda/" + slug + "/inschrijven?ontvangen=ja");
		}
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(2);
		assertThat(this.fixture.count(id, "WAITING")).isEqualTo(2);
		assertThat(this.signedIn.page(null, get("/agenda/" + slug + "/inschrijven?ontvangen=ja"))
			.select("#inschrijving-ontvangen")
			.text()).contains("Je inschrijving is ontvangen");

		MimeMessage confirmation = Mails.await(mail, "an@example.org", "Bevestiging van je inschrijving");
		assertThat(Mails.text(confirmation)).contains("Beste an Peeters").contains("Leerlabo stroom");
		assertThat(Mails.attachments(confirmation)).containsExactly(slug + ".ics text/calendar");
		MimeMessage waiting = Mails.await(mail, "chris@example.org", "Je staat op de wachtlijst");
		assertThat(Mails.attachments(waiting)).isEmpty();

		String link = Mails.personalLink(confirmation);
		Document personal = this.signedIn.page(null, get(link));
		assertThat(personal.select("#status").text()).isEqualTo("Ingeschreven");
		assertThat(personal.text()).contains("an@example.org").contains("Basisschool De Linde");
		Document chris = this.signedIn.page(null, get(Mails.personalLink(waiting)));
		assertThat(chris.text()).contains("Je staat als eerste op de wachtlijst");

		MockHttpServletResponse cancelled = this.signedIn.as(null, post(link).with(csrf()));
		assertThat(cancelled.getRedirectedUrl()).isEqualTo(link + "?geannuleerd=ja");
		assertThat(this.signedIn.page(null, get(link)).select("#status").text()).isEqualTo("Geannuleerd");
		MimeMessage promoted = Mails.await(mail, "chris@example.org", "Er is een plaats voor je vrijgekomen");
		assertThat(Mails.attachments(promoted)).containsExactly(slug + ".ics text/calendar");
		Mails.await(mail, "an@example.org", "Je inschrijving is geannuleerd");
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(2);
		assertThat(this.fixture.count(id, "WAITING")).isEqualTo(1);
		assertThat(this.signedIn.page(null, get(Mails.personalLink(waiting))).select("#status").text())
			.isEqualTo("Ingeschreven");
		assertThat(this.jdbc.queryForObject(
				"select email from activity_registration where activity_id = ? and status = 'WAITING'", String.class,
				id))
			.isEqualTo("dina@example.org");
	}

	@Test
	void theSameAddressRegistersOnceAndGetsItsLinkAgainWithoutTheFormSayingSo() throws Exception {
		long id = this.fixture.activity("eenmaal", 5);
		String slug = this.fixture.slug(id);
		this.signedIn.as(null, registration(slug, "Eva Janssens", "eva@example.org"));
		MockHttpServletResponse again = this.signedIn.as(null, registration(slug, "Eva Janssens", "EVA@Example.org"));
		assertThat(again.getRedirectedUrl()).isEqualTo("/agenda/" + slug + "/inschrijven?ontvangen=ja");
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(1);
		Mails.await(mail, "eva@example.org", "Je inschrijving: Leerlabo eenmaal");
	}

	@Test
	void aRobotFillingTheHiddenFieldIsThankedAndNothingIsStored() throws Exception {
		long id = this.fixture.activity("robot", 5);
		String slug = this.fixture.slug(id);
		MockHttpServletResponse response = this.signedIn.as(null,
				registration(slug, "Robot", "robot@example.org").param("website", "https://spam.example"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/agenda/" + slug + "/inschrijven?ontvangen=ja");
		assertThat(this.fixture.count(id, "CONFIRMED")).isZero();
	}

	@Test
	void badInputGivesDutchErrorsAndKeepsWhatWasTyped() throws Exception {
		long id = this.fixture.activity("fouten", 5);
		this.fixture.workshop(id, "Herstelgericht werken", 10);
		String slug = this.fixture.slug(id);
		MockHttpServletResponse response = this.signedIn.as(null,
				post("/agenda/" + slug + "/inschrijven").with(csrf())
					.param("name", "")
					.param("email", "geen-adres")
					.param("organisation", "=HYPERLINK(\"x\")"));
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("Vul je naam in.")
			.contains("Dit is geen geldig e-mailadres.")
			.contains("Ga akkoord met de privacyverklaring om je in te schrijven.")
			.contains("value=\"geen-adres\"");
		MockHttpServletResponse workshop = this.signedIn.as(null,
				registration(slug, "Fien", "fien@example.org").param("workshopId", "abc"));
		assertThat(workshop.getStatus()).isEqualTo(200);
		assertThat(workshop.getContentAsString()).contains("Kies een workshop uit de lijst.");
		assertThat(this.fixture.count(id, "CONFIRMED")).isZero();
	}

	@Test
	void registrationClosesAtTheStartAndForDraftsAndOtherTypesThereIsNoForm() throws Exception {
		long started = this.fixture.activity("begonnen", 5, Instant.now().minus(Duration.ofMinutes(5)), "PUBLISHED");
		String slug = this.fixture.slug(started);
		assertThat(this.signedIn.page(null, get("/agenda/" + slug + "/inschrijven")).text())
			.contains("Inschrijven voor deze activiteit kan niet (meer).");
		MockHttpServletResponse late = this.signedIn.as(null, registration(slug, "Gert", "gert@example.org"));
		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(late.getContentAsString()).contains("Inschrijven voor deze activiteit kan niet (meer).");
		assertThat(this.fixture.count(started, "CONFIRMED")).isZero();
		long draft = this.fixture.activity("klad", 5, Instant.now().plus(Duration.ofDays(3)), "DRAFT");
		assertThat(this.signedIn.status(null, get("/agenda/" + this.fixture.slug(draft) + "/inschrijven")))
			.isEqualTo(404);
		assertThat(this.signedIn.status(null, get("/agenda/inschrijving/vervalst.abc"))).isEqualTo(404);
	}

	@Test
	void aWorkshopHasItsOwnSeatsAndRaisingTheCapacityPromotesAsManyAsFit() throws Exception {
		long id = this.fixture.activity("workshops", 3);
		String slug = this.fixture.slug(id);
		long small = this.fixture.workshop(id, "Herstelgericht werken", 1);
		long large = this.fixture.workshop(id, "Klasklimaat", null);
		assertThat(this.signedIn
			.as(null, registration(slug, "Hanne", "hanne@example.org").param("workshopId", String.valueOf(small)))
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse full = this.signedIn.as(null,
				registration(slug, "Ilse", "ilse@example.org").param("workshopId", String.valueOf(small)));
		assertThat(full.getStatus()).isEqualTo(200);
		assertThat(full.getContentAsString()).contains("Deze workshop is volzet. Kies een andere workshop.");
		for (String who : new String[] { "ilse", "jan", "karel", "lien", "mo" }) {
			this.signedIn.as(null,
					registration(slug, who, who + "@example.org").param("workshopId", String.valueOf(large)));
		}
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(3);
		assertThat(this.fixture.count(id, "WAITING")).isEqualTo(3);
		this.jdbc.update("update activity set capacity = 5 where id = ?", id);
		assertThat(this.registrations.promoteWaiting(id)).isEqualTo(2);
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(5);
		Mails.await(mail, "karel@example.org", "Er is een plaats voor je vrijgekomen");
		Mails.await(mail, "lien@example.org", "Er is een plaats voor je vrijgekomen");
		assertThat(Mails.count(mail, "mo@example.org", "Er is een plaats voor je vrijgekomen")).isZero();
	}

	@Test
	void theOrganiserSeesExportsPrintsMarksAttendanceAndWritesToEveryone() throws Exception {
		long id = this.fixture.activity("beheer", 1);
		String slug = this.fixture.slug(id);
		this.signedIn.as(null, registration(slug, "=cmd|' /C calc'!A0", "nina@example.org"));
		this.signedIn.as(null, registration(slug, "Olaf Wouters", "olaf@example.org"));
		String base = "/agenda/beheer/" + id + "/inschrijvingen";
		Document list = this.signedIn.page("coordinator", get(base));
		assertThat(list.select("#confirmed").text()).isEqualTo("Ingeschreven (1)");
		assertThat(list.select("#waiting").text()).isEqualTo("Wachtlijst (1)");
		assertThat(list.text()).contains("olaf@example.org");

		MockHttpServletResponse csv = this.signedIn.as("coordinator", get(base + "/export.csv"));
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("'=cmd|")
			.contains("olaf@example.org")
			.contains("Wachtlijst");
		MockHttpServletResponse xlsx = this.signedIn.as("beheerder", get(base + "/export.xlsx"));
		assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
		MockHttpServletResponse pdf = this.signedIn.as("coordinator", get(base + "/aanwezigheidslijst.pdf"));
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

		Long nina = this.jdbc.queryForObject(
				"select id from activity_registration where activity_id = ? and status = 'CONFIRMED'", Long.class, id);
		assertThat(this.signedIn
			.as("coordinator", post(base + "/aanwezigheid").with(csrf()).param("aanwezig", String.valueOf(nina)))
			.getRedirectedUrl()).isEqualTo(base);
		assertThat(this.jdbc.queryForObject("select attended from activity_registration where id = ?", Boolean.class,
				nina))
			.isTrue();

		MockHttpServletResponse empty = this.signedIn.as("coordinator",
				post(base + "/bericht").with(csrf()).param("subject", "").param("body", "Lokaal 2"));
		assertThat(empty.getContentAsString()).contains("Geef een onderwerp.").contains("Lokaal 2");
		this.signedIn.as("coordinator",
				post(base + "/bericht").with(csrf())
					.param("subject", "Ander lokaal")
					.param("body", "We zitten in lokaal 2.04."));
		MimeMessage message = Mails.await(mail, "olaf@example.org", "Ander lokaal");
		assertThat(Mails.text(message)).contains("We zitten in lokaal 2.04.");
		Mails.await(mail, "nina@example.org", "Ander lokaal");

		assertThat(this.signedIn.status("partner", get(base))).isEqualTo(403);
		long other = this.fixture.activity("ander-project", 5);
		this.jdbc.update("update activity_project set project_id = (select id from project where slug = 'naft') "
				+ "where activity_id = ?", other);
		assertThat(this.signedIn.status("coordinator", get("/agenda/beheer/" + other + "/inschrijvingen")))
			.isEqualTo(403);
		assertThat(this.signedIn.status("beheerder", get("/agenda/beheer/" + other + "/inschrijvingen")))
			.isEqualTo(200);
	}

	@Test
	void theOrganiserRaisingTheCapacityPromotesAndCancellingTheActivityMailsEveryone() throws Exception {
		long id = this.fixture.activity("afgelast", 1);
		String slug = this.fixture.slug(id);
		for (String who : new String[] { "pim", "quinten", "roos" }) {
			this.signedIn.as(null, registration(slug, who, who + "@example.org"));
		}
		this.activities.raiseCapacity(id, 2, this.accounts.signedIn("coordinator"));
		Mails.await(mail, "quinten@example.org", "Er is een plaats voor je vrijgekomen");
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(2);
		this.activities.cancel(id, this.accounts.signedIn("beheerder"));
		for (String who : new String[] { "pim", "quinten", "roos" }) {
			MimeMessage cancelled = Mails.await(mail, who + "@example.org", "Afgelast: Leerlabo afgelast");
			assertThat(Mails.text(cancelled)).contains("niet door");
		}
	}

}
