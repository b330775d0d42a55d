package be.aanboord.toolbox;

import java.time.Duration;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;

import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * A partner writes and submits a fiche, the editors send it back and publish it; the
 * contributor gets an e-mail at each step.
 */
@IntegrationTest
class FicheReviewIT {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ToolboxCache cache;

	@Autowired
	FicheReview review;

	@Autowired
	PlatformTransactionManager transactions;

	/** The fiches written here leave the demo data as it was for the other tests. */
	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
		this.jdbc
			.update("update fiche set last_reviewed_on = date '2025-09-01' where slug = 'rustbox-stressregulatie'");
		this.jdbc.execute("refresh materialized view fiche_word");
		this.cache.clear();
	}

	private static MockHttpServletRequestBuilder form(String url, String title, String body, int version) {
		return basics(url, title, body, version)
			.param("references",
					"Een boek over klasklimaat | https://example.org/boek\npersoon: Een collega van Arktos")
			.param("images[0].url", "https://example.org/beelden/kring.jpg")
			.param("images[0].text", "Leerlingen zitten in een kring en maken samen afspraken")
			.param("videos[0].url", "https://example.org/film")
			.param("videos[0].text", "Een filmpje")
			.param("videos[1].url", "")
			.param("videos[1].text", "");
	}

	/** The required fields only. */
	private static MockHttpServletRequestBuilder basics(String url, String title, String body, int version) {
		return post(url).with(csrf())
			.param("title", title)
			.param("summary", "Een korte samenvatting van de fiche.")
			.param("body", body)
			.param("themes", "CLASS_CLIMATE")
			.param("phases", "PHASE_0")
			.param("levels", "PRIMARY")
			.param("audiences", "TEACHER")
			.param("licence", "CC_BY_SA")
			.param("version", String.valueOf(version));
	}

	private long create(String title, String body) throws Exception {
		MockHttpServletResponse response = this.signedIn.as("partner",
				form("/toolbox/mijn-fiches/nieuw", title, body, 0));
		assertThat(response.getStatus()).isEqualTo(302);
		return Long.parseLong(response.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from fiche where id = ?", String.class, id);
	}

	private String slug(long id) {
		return this.jdbc.queryForObject("select slug from fiche where id = ?", String.class, id);
	}

	@Test
	void aSubmittedFicheIsSentBackThenPublishedAndTheContributorHearsOfEachStep() throws Exception {
		long id = create("Samen afspraken maken in de klas", "## Wat?\n\nSamen met de klas **afspraken** maken.");
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(slug(id)).isEqualTo("samen-afspraken-maken-in-de-klas");
		assertThat(this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()))
			.getRedirectedUrl()).isEqualTo("/toolbox/mijn-fiches");
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		assertThat(this.signedIn.status(null, get("/toolbox/" + slug(id)))).isEqualTo(404);

		Document desk = this.signedIn.page("redactie", get("/toolbox/redactie"));
		assertThat(desk.select(".review-queue a").eachText()).contains("Samen afspraken maken in de klas");

		this.signedIn.as("redactie", post("/toolbox/redactie/" + id + "/wijzigingen").with(csrf())
			.param("tekst", "Voeg een voorbeeld toe."));
		assertThat(status(id)).isEqualTo("DRAFT");
		MimeMessage changes = awaitMail("vraagt wijzigingen aan je fiche \"Samen afspraken maken in de klas\"");
		assertThat(changes.getAllRecipients()[0].toString()).isEqualTo("partner@aanboord.test");
		assertThat(changes.getSubject()).contains("vraagt wijzigingen").contains("Samen afspraken maken in de klas");
		assertThat(GreenMailUtil.getBody(changes)).contains("Voeg een voorbeeld toe.");

		MockHttpServletResponse edited = this.signedIn.as("partner", form("/toolbox/mijn-fiches/" + id,
				"Samen afspraken maken in de klas", "Met een voorbeeld.", version(id)));
		assertThat(edited.getRedirectedUrl()).isEqualTo("/toolbox/mijn-fiches/" + id);
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		assertThat(this.signedIn
			.as("redactie", post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"))
			.getRedirectedUrl()).isEqualTo("/toolbox/samen-afspraken-maken-in-de-klas");
		assertThat(status(id)).isEqualTo("PUBLISHED");
		MimeMessage published = awaitMail("Samen afspraken maken in de klas\" is gepubliceerd");
		assertThat(published.getSubject()).isEqualTo("Je fiche \"Samen afspraken maken in de klas\" is gepubliceerd");

		Document page = this.signedIn.page(null, get("/toolbox/samen-afspraken-maken-in-de-klas"));
		assertThat(page.selectFirst(".fiche-body").text()).isEqualTo("Met een voorbeeld.");
		assertThat(page.select(".fiche-facts dd").eachText()).contains("Arktos");
		assertThat(page.select(".fiche-references a").eachAttr("href")).containsExactly("https://example.org/boek");
		assertThat(page.select(".fiche-references li").eachText()).containsExactly("Bron: Een boek over klasklimaat",
				"Persoon: Een collega van Arktos");
		assertThat(page.select(".fiche-images a").eachText())
			.containsExactly("Leerlingen zitten in een kring en maken samen afspraken");
		assertThat(page.select(".fiche-images a").eachAttr("href"))
			.containsExactly("https://example.org/beelden/kring.jpg");
		assertThat(page.select(".fiche-images li").text()).contains("(op example.org)");
		assertThat(page.select(".fiche-videos a").eachText()).containsExactly("Een filmpje");
		assertThat(page.select(".fiche-videos a").eachAttr("href")).containsExactly("https://example.org/film");
		assertThat(page.select(".fiche-media img, .fiche-media iframe, .fiche-media video")).isEmpty();
		assertThat(this.signedIn.status(null, get("/toolbox/samen-afspraken-maken-in-de-klas/versies/1")))
			.isEqualTo(200);
		// the new word is in the suggestions, the fiche in the search
		assertThat(this.signedIn.page(null, get("/toolbox?q=afspraken")).select(".fiche-results h2 a").eachText())
			.contains("Samen afspraken maken in de klas");

		this.signedIn.as("redactie", post("/toolbox/redactie/" + id + "/archiveren").with(csrf()));
		assertThat(status(id)).isEqualTo("ARCHIVED");
		assertThat(this.signedIn.status(null, get("/toolbox/samen-afspraken-maken-in-de-klas"))).isEqualTo(404);
		Document history = this.signedIn.page("partner", get("/toolbox/mijn-fiches/" + id));
		assertThat(history.select(".review-history strong").eachText()).containsExactly("Ingediend",
				"Wijzigingen gevraagd", "Ingediend", "Gepubliceerd", "Gearchiveerd");
	}

	@Test
	void aNewVersionKeepsTheAddressAndTheEarlierVersionStaysReadable() throws Exception {
		long id = create("Een fiche in twee versies", "Eerste versie.");
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"));
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/nieuwe-versie").with(csrf()));
		this.signedIn.as("partner",
				form("/toolbox/mijn-fiches/" + id, "Een fiche in twee versies", "Tweede versie.", version(id)));
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"));

		String slug = slug(id);
		assertThat(slug).isEqualTo("een-fiche-in-twee-versies");
		Document current = this.signedIn.page(null, get("/toolbox/" + slug));
		assertThat(current.selectFirst(".fiche-body").text()).isEqualTo("Tweede versie.");
		assertThat(current.select(".versions a").eachText()).hasSize(2);
		Document first = this.signedIn.page(null, get("/toolbox/" + slug + "/versies/1"));
		assertThat(first.selectFirst(".fiche-body").text()).isEqualTo("Eerste versie.");
	}

	@Test
	void invalidInputIsShownAgainWithDutchMessagesAndAStaleVersionIsAConflict() throws Exception {
		MockHttpServletResponse invalid = this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/nieuw").with(csrf())
					.param("title", "Halve fiche")
					.param("references", "Een link | javascript:alert(1)")
					.param("version", "0"));
		assertThat(invalid.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(invalid.getContentAsString());
		assertThat(page.selectFirst("#title").val()).isEqualTo("Halve fiche");
		assertThat(page.select(".invalid-feedback").eachText()).contains("Vul dit veld in.", "Kies minstens één thema.",
				"Kies voor wie de fiche bedoeld is.",
				"Zet elke verwijzing op een eigen regel: een omschrijving, eventueel gevolgd door | en een webadres dat begint met https://.");

		long id = create("Een fiche om twee keer te wijzigen", "Tekst.");
		this.signedIn.as("partner", form("/toolbox/mijn-fiches/" + id, "Eerste wijziging", "Tekst.", 0));
		MockHttpServletResponse stale = this.signedIn.as("partner",
				form("/toolbox/mijn-fiches/" + id, "Tweede wijziging", "Tekst.", 0));
		Document again = Jsoup.parse(stale.getContentAsString());
		assertThat(again.select("main [role=alert]").eachText())
			.anySatisfy((alert) -> assertThat(alert).contains("Iemand anders heeft deze gegevens intussen gewijzigd"));
		assertThat(again.selectFirst("#title").val()).isEqualTo("Tweede wijziging");
		assertThat(this.jdbc.queryForObject("select title from fiche where id = ?", String.class, id))
			.isEqualTo("Eerste wijziging");
	}

	@Test
	void imageAndVideoLinksAreCheckedOnTheServerAndShownAgainWithDutchMessagesNextToTheirFields() throws Exception {
		Document empty = this.signedIn.page("partner", get("/toolbox/mijn-fiches/nieuw"));
		assertThat(empty.select("fieldset#images input").eachAttr("id")).containsExactly("images-0-url",
				"images-0-text", "images-1-url", "images-1-text");
		assertThat(empty.selectFirst("label[for=videos-1-text]").text()).isEqualTo("Titel van video 2");

		MockHttpServletRequestBuilder invalid = basics("/toolbox/mijn-fiches/nieuw", "Een fiche met foute links",
				"Tekst.", 0)
			.param("references", "video: Een filmpje | https://example.org/film")
			.param("images[0].url", "javascript:alert(1)")
			.param("images[0].text", "Een script")
			.param("images[1].url", "https://example.org/kring.png")
			.param("images[1].text", "  ")
			.param("videos[0].url", "")
			.param("videos[0].text", "Alleen een titel")
			.param("videos[1].url", "https://example.org/" + "x".repeat(500))
			.param("videos[1].text", "Te lang adres");
		MockHttpServletResponse response = this.signedIn.as("partner", invalid);
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		String address = "Geef een volledig webadres dat begint met https:// of http://, hoogstens 500 tekens.";
		assertThat(page.selectFirst("#images-0-url-fout").text()).isEqualTo(address);
		assertThat(page.selectFirst("#images-0-url").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.selectFirst("#images-0-url").attr("aria-describedby")).isEqualTo("images-0-url-fout");
		assertThat(page.selectFirst("#images-1-text-fout").text())
			.isEqualTo("Beschrijf wat er op de afbeelding staat.");
		assertThat(page.selectFirst("#images-1-url").val()).isEqualTo("https://example.org/kring.png");
		assertThat(page.selectFirst("#videos-0-url-fout").text()).isEqualTo(address);
		assertThat(page.selectFirst("#videos-0-text").val()).isEqualTo("Alleen een titel");
		assertThat(page.selectFirst("#videos-1-url-fout").text()).isEqualTo(address);
		assertThat(page.select("#videos-2-url")).as("empty rows after the rows typed").hasSize(1);
		assertThat(page.selectFirst("#references-fout").text()).startsWith("Zet links naar afbeeldingen en video's");
		assertThat(this.jdbc.queryForObject("select count(*) from fiche where title = 'Een fiche met foute links'",
				Integer.class))
			.isZero();

		MockHttpServletRequestBuilder tooMany = basics("/toolbox/mijn-fiches/nieuw", "Een fiche met veel beelden",
				"Tekst.", 0);
		for (int i = 0; i <= FicheForm.MAX_MEDIA_LINKS; i++) {
			tooMany.param("images[" + i + "].url", "https://example.org/" + i + ".png")
				.param("images[" + i + "].text", "Beeld " + i);
		}
		Document many = Jsoup.parse(this.signedIn.as("partner", tooMany).getContentAsString());
		assertThat(many.selectFirst("#images-fout").text())
			.isEqualTo("Hoogstens 10 links; laat de overige rijen leeg.");
	}

	@Test
	void scriptInTheMarkdownNeverReachesThePublicPage() throws Exception {
		long id = create("Een fiche met een verborgen script",
				"Tekst <script>alert('x')</script> en <img src=x onerror=alert(1)> en [klik](javascript:alert(1))");
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"));
		String html = this.signedIn.as(null, get("/toolbox/" + slug(id))).getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".fiche-body script, .fiche-body img, .fiche-body [onerror]")).isEmpty();
		assertThat(page.select(".fiche-body a").attr("href")).doesNotContain("javascript");
		assertThat(page.select("script").eachAttr("src")).allMatch((src) -> !src.isEmpty());
		assertThat(this.signedIn.as(null, get("/toolbox?q=verborgen+script")).getContentAsString())
			.doesNotContain("<script>alert");
	}

	@Test
	void aPartnerOnlySeesTheFichesOfTheirOwnOrganisationAndEditorsMarkFichesReviewed() throws Exception {
		long arktos = create("Een fiche van Arktos", "Tekst.");
		Long other = this.jdbc.queryForObject("select id from fiche where organisation_id <> "
				+ "(select organisation_id from account where username = 'partner') limit 1", Long.class);
		assertThat(this.signedIn.as("partner", get("/toolbox/mijn-fiches/" + other)).getStatus()).isEqualTo(404);
		assertThat(this.signedIn.as("partner", get("/toolbox/mijn-fiches/" + arktos)).getStatus()).isEqualTo(200);

		this.jdbc
			.update("update fiche set last_reviewed_on = date '2020-01-01' where slug = 'rustbox-stressregulatie'");
		Document desk = this.signedIn.page("redactie", get("/toolbox/redactie"));
		assertThat(desk.select(".due-queue a").eachText()).contains("Rustbox: een hulpmiddel voor stressregulatie");
		long rustbox = this.jdbc.queryForObject("select id from fiche where slug = 'rustbox-stressregulatie'",
				Long.class);
		this.signedIn.as("redactie", post("/toolbox/redactie/" + rustbox + "/nagekeken").with(csrf()));
		desk = this.signedIn.page("redactie", get("/toolbox/redactie"));
		assertThat(desk.select(".due-queue a").eachText())
			.doesNotContain("Rustbox: een hulpmiddel voor stressregulatie");
	}

	@Test
	void noMailIsSentForAChangeThatIsRolledBack() throws Exception {
		long id = create("Een fiche die in review blijft", "Tekst.");
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
			this.review.requestChanges(id, "Redactie", "Deze vraag wordt teruggedraaid.");
			transaction.setRollbackOnly();
		});
		assertThat(status(id)).isEqualTo("IN_REVIEW");
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/commentaar").with(csrf()).param("tekst", "Deze opmerking wel."));
		assertThat(GreenMailUtil
			.getBody(awaitMail("Opmerking van de redactie over je fiche \"Een fiche die in review" + " blijft\"")))
			.contains("Deze opmerking wel.");
		assertThat(mail.getReceivedMessages())
			.noneMatch((message) -> GreenMailUtil.getBody(message).contains("Deze vraag wordt teruggedraaid."));
	}

	/**
	 * The last mail whose subject contains the text, waiting up to ten seconds for it:
	 * mails go out after the change is committed, outside the request.
	 */
	private static MimeMessage awaitMail(String subject) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			MimeMessage[] received = mail.getReceivedMessages();
			for (int i = received.length - 1; i >= 0; i--) {
				if (received[i].getSubject().contains(subject)) {
					return received[i];
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail with the subject " + subject);
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from fiche where id = ?", Integer.class, id);
	}

}
