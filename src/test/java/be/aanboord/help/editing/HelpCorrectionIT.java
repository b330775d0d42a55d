package be.aanboord.help.editing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anyone proposes a correction from an offer's page without an account; only editors and
 * administrators see the queue; applying one saves the offer with the correction in its
 * history, rejecting one keeps the note; the proposer gets one reply and their address is
 * erased; a correction is never handled twice; too many proposals from one address get
 * the Dutch 429 answer.
 */
@IntegrationTest
@TestPropertySource(properties = "aanboord.help.corrections-per-ip=3")
class HelpCorrectionIT {

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
	HelpEditingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Corrections corrections;

	@AfterEach
	void removeTheOffers() {
		this.fixture.removeAll();
	}

	static MockHttpServletRequestBuilder proposal(String slug, String body, String email, String address) {
		return post("/hulp/" + slug + "/correctie").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("body", body).param("email", email).param("website", "");
	}

	@Test
	void anyoneProposesACorrectionWithoutAnAccountOrASession() throws Exception {
		long offer = this.fixture.offer("test-voorstel", "Test Voorstel", LocalDate.now());
		assertThat(this.signedIn.page(null, get("/hulp/test-voorstel")).select("#correctie-voorstellen").attr("href"))
			.as("the offer's page links to the form")
			.isEqualTo("/hulp/test-voorstel/correctie");
		Document form = this.signedIn.page(null, get("/hulp/test-voorstel/correctie"));
		assertThat(form.select("h1").text()).contains("Stel een correctie voor").contains("Test Voorstel");
		assertThat(form.select("#email-doel").text()).contains("Alleen om je te laten weten")
			.contains("wissen het zodra");

		MvcResult sent = this.signedIn.result(null,
				proposal("test-voorstel", "Het telefoonnummer is nu 016 44 55 66.", "an@example.org", "10.1.0.1"));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/hulp/test-voorstel/correctie?ontvangen=ja");
		assertThat(sent.getRequest().getSession(false)).as("no session for an anonymous visitor").isNull();
		Map<String, Object> stored = this.jdbc.queryForMap("select * from help_correction where offer_id = ?", offer);
		assertThat(stored.get("body")).isEqualTo("Het telefoonnummer is nu 016 44 55 66.");
		assertThat(stored.get("email")).isEqualTo("an@example.org");
		assertThat(stored.get("status")).isEqualTo("PROPOSED");
		assertThat(this.signedIn.page(null, get("/hulp/test-voorstel/correctie?ontvangen=ja"))
			.select("#correctie-ontvangen")
			.text()).startsWith("Bedankt!");

		MockHttpServletResponse empty = this.signedIn.as(null,
				proposal("test-voorstel", " ", "geen-adres", "10.1.0.1"));
		Document refused = Jsoup.parse(empty.getContentAsString());
		assertThat(refused.select("#body-fout").text()).isEqualTo("Schrijf wat er niet klopt.");
		assertThat(refused.select("#email-fout").text()).isEqualTo("Dit is geen geldig e-mailadres.");
		assertThat(refused.select("input[name=email]").val()).isEqualTo("geen-adres");
		assertThat(this.signedIn.status(null, get("/hulp/bestaat-niet/correctie"))).isEqualTo(404);
	}

	@Test
	void onlyEditorsAndAdministratorsSeeTheQueue() throws Exception {
		long offer = this.fixture.offer("test-wachtrij", "Test Wachtrij", LocalDate.now());
		long id = this.fixture.correction(offer, "Het adres is verhuisd naar de Bondgenotenlaan.", null);
		MockHttpServletResponse anonymous = this.signedIn.as(null, get("/hulp/beheer/correcties"));
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		for (String user : List.of("partner", "coordinator", "stad")) {
			assertThat(this.signedIn.status(user, get("/hulp/beheer/correcties"))).as(user).isEqualTo(403);
			assertThat(this.signedIn.status(user, get("/hulp/beheer/correcties/" + id))).as(user).isEqualTo(403);
		}
		for (String user : List.of("redactie", "beheerder")) {
			Document queue = this.signedIn.page(user, get("/hulp/beheer/correcties"));
			assertThat(queue.select(".help-corrections tbody").text()).as(user)
				.contains("Het adres is verhuisd naar de Bondgenotenlaan.")
				.contains("Test Wachtrij");
		}
	}

	@Test
	void applyingSavesTheOfferWithTheCorrectionInItsHistoryRepliesOnceAndErasesTheAddress() throws Exception {
		long offer = this.fixture.offer("test-toepassen", "Test Toepassen", LocalDate.of(2025, 1, 10));
		long id = this.fixture.correction(offer, "Het nummer is 016 44 55 66.", "bert@example.org");
		Document page = this.signedIn.page("redactie", get("/hulp/beheer/correcties/" + id));
		assertThat(page.select(".help-correction-text").text()).isEqualTo("Het nummer is 016 44 55 66.");
		assertThat(page.select("input[name=phone]").val()).isEqualTo("016 11 22 33");
		String correctionVersion = page.select("input[name=correctieVersie]").first().val();

		MockHttpServletResponse applied = this.signedIn.as("redactie", HelpEditingFixture
			.form("/hulp/beheer/correcties/" + id, "Test Toepassen", this.fixture.version(offer), "016 44 55 66")
			.param("correctieVersie", correctionVersion)
			.param("checked", "true"));
		assertThat(applied.getRedirectedUrl()).isEqualTo("/hulp/beheer/correcties");
		Map<String, Object> correction = this.jdbc.queryForMap("select * from help_correction where id = ?", id);
		assertThat(correction.get("status")).isEqualTo("APPLIED");
		assertThat(correction.get("handled_by")).isEqualTo(this.accounts.idOf("redactie"));
		List<Map<String, Object>> changes = this.jdbc.queryForList(
				"select kind, correction_id, fields::text as fields from help_offer_change where offer_id = ?", offer);
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.get("kind")).isEqualTo("EDITED");
			assertThat(change.get("correction_id")).isEqualTo(id);
			assertThat(change.get("fields").toString()).contains("\"phone\": [\"016 11 22 33\", \"016 44 55 66\"]")
				.contains("\"checkedOn\": [\"2025-01-10\"");
		});
		assertThat(this.signedIn.page("redactie", get("/hulp/beheer/" + offer + "/geschiedenis"))
			.select(".help-change .badge")
			.text()).isEqualTo("Correctie #" + id + " toegepast");

		MimeMessage reply = await("bert@example.org", "Je correctie voor Test Toepassen");
		assertThat(reply.getContent().toString()).contains("We hebben de gegevens aangepast")
			.contains("/hulp/test-toepassen");
		awaitErased(id);

		// applied again with the same versions (a second click, another editor): a
		// conflict
		MockHttpServletResponse again = this.signedIn.as("beheerder",
				HelpEditingFixture.form("/hulp/beheer/correcties/" + id, "Test Toepassen", 0, "016 00 00 00")
					.param("correctieVersie", correctionVersion));
		assertThat(Jsoup.parse(again.getContentAsString()).select(".alert-info, .alert-warning").text())
			.contains("al behandeld");
		assertThat(this.jdbc.queryForObject("select count(*) from help_offer_change where offer_id = ?", Long.class,
				offer))
			.isEqualTo(1);
		Thread.sleep(300);
		assertThat(count("bert@example.org")).as("one reply only").isEqualTo(1);
	}

	@Test
	void rejectingKeepsTheNoteAndTheProposerReadsIt() throws Exception {
		long offer = this.fixture.offer("test-afwijzen", "Test Afwijzen", LocalDate.now());
		long id = this.fixture.correction(offer, "Dit aanbod bestaat niet meer.", "chris@example.org");
		this.signedIn.as("beheerder",
				post("/hulp/beheer/correcties/" + id + "/afwijzen").with(csrf())
					.param("correctieVersie", "0")
					.param("notitie", "We belden hen: het aanbod loopt nog."));
		Map<String, Object> correction = this.jdbc.queryForMap("select * from help_correction where id = ?", id);
		assertThat(correction.get("status")).isEqualTo("REJECTED");
		assertThat(correction.get("editor_note")).isEqualTo("We belden hen: het aanbod loopt nog.");
		MimeMessage reply = await("chris@example.org", "Je correctie voor Test Afwijzen");
		assertThat(reply.getContent().toString()).contains("niets aangepast")
			.contains("We belden hen: het aanbod loopt nog.");
		awaitErased(id);
		assertThat(this.jdbc.queryForObject("select count(*) from help_offer_change where offer_id = ?", Long.class,
				offer))
			.isZero();
		// rejected once more: told it was handled, nothing changes
		MockHttpServletResponse again = this.signedIn.as("redactie",
				post("/hulp/beheer/correcties/" + id + "/afwijzen").with(csrf()).param("correctieVersie", "1"));
		assertThat(again.getRedirectedUrl()).isEqualTo("/hulp/beheer/correcties/" + id);
		assertThat(this.jdbc.queryForObject("select editor_note from help_correction where id = ?", String.class, id))
			.isEqualTo("We belden hen: het aanbod loopt nog.");
	}

	@Test
	void twoEditorsHandlingOneCorrectionAtOnceHandleItOnce() throws Exception {
		long offer = this.fixture.offer("test-tegelijk", "Test Tegelijk", LocalDate.now());
		long id = this.fixture.correction(offer, "De website is veranderd.", null);
		int offerVersion = this.fixture.version(offer);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (String user : List.of("redactie", "beheerder")) {
				Callable<Boolean> handle = () -> {
					OfferForm form = OfferForm.from(offerAsIs(offer));
					form.setVersion(offerVersion);
					form.setPhone("016 " + user.length() + "0 00 00");
					start.await();
					try {
						this.corrections.apply(id, 0, form, this.accounts.signedIn(user));
						return true;
					}
					catch (RuntimeException conflict) {
						return false;
					}
				};
				outcomes.add(pool.submit(handle));
			}
			start.countDown();
			int handled = 0;
			for (Future<Boolean> outcome : outcomes) {
				handled += outcome.get() ? 1 : 0;
			}
			assertThat(handled).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from help_offer_change where offer_id = ? and correction_id = ?", Long.class, offer,
				id))
			.isEqualTo(1);
	}

	@Test
	void tooManyProposalsFromOneAddressGetTheDutch429WithTheInputKept() throws Exception {
		long offer = this.fixture.offer("test-limiet", "Test Limiet", LocalDate.now());
		for (int n = 1; n <= 3; n++) {
			assertThat(
					this.signedIn.as(null, proposal("test-limiet", "Voorstel " + n, "", "10.2.0.2")).getRedirectedUrl())
				.isEqualTo("/hulp/test-limiet/correctie?ontvangen=ja");
		}
		MockHttpServletResponse refused = this.signedIn.as(null,
				proposal("test-limiet", "Voorstel 4", "dora@example.org", "10.2.0.2"));
		assertThat(refused.getStatus()).isEqualTo(429);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("main").text()).contains("Er kwamen te veel voorstellen van dit netwerk");
		assertThat(page.select("textarea[name=body]").text()).isEqualTo("Voorstel 4");
		assertThat(page.select("input[name=email]").val()).isEqualTo("dora@example.org");
		assertThat(
				this.jdbc.queryForObject("select count(*) from help_correction where offer_id = ?", Long.class, offer))
			.isEqualTo(3);
		assertThat(this.signedIn.as(null, proposal("test-limiet", "Voorstel 5", "", "10.2.0.3")).getRedirectedUrl())
			.as("another address is not limited")
			.isEqualTo("/hulp/test-limiet/correctie?ontvangen=ja");
	}

	@Autowired
	OfferEditing editing;

	private be.aanboord.help.HelpOffer offerAsIs(long id) {
		return this.editing.offer(id);
	}

	private void awaitErased(long id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			if (this.jdbc.queryForObject("select email from help_correction where id = ?", String.class, id) == null) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the address of correction " + id + " was not erased");
	}

	private static MimeMessage await(String to, String subject) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))
						&& message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail to " + to + " about " + subject);
	}

	private static long count(String to) throws Exception {
		long count = 0;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))) {
				count++;
			}
		}
		return count;
	}

}
