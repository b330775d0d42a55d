package be.aanboord.toolbox;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The editors see what they publish: the attachments with a download, what changed since
 * the published version, and a confirmation before publishing.
 */
@IntegrationTest
class FicheReviewChangesIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ToolboxCache cache;

	private long id;

	@BeforeEach
	void aPublishedFicheWithANewVersionInReview() throws Exception {
		MockHttpServletResponse saved = this.signedIn.as("partner",
				multipart("/toolbox/mijn-fiches/nieuw").with(csrf())
					.file(new MockMultipartFile("bestand", "folder.pdf", "application/pdf", TestFiles.pdf()))
					.param("title", "Een rustig begin van de dag")
					.param("summary", "Een vast onthaalmoment brengt rust.")
					.param("body", "## Wat?\n\nElke ochtend een kort onthaalmoment.\n\nEinde.")
					.param("themes", "CLASS_CLIMATE", "BEHAVIOUR")
					.param("phases", "PHASE_0")
					.param("levels", "PRIMARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY")
					.param("version", "0"));
		this.id = Long.parseLong(saved.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + this.id + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + this.id + "/publiceren").with(csrf()).param("nagekeken", "ja"));
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + this.id + "/nieuwe-versie").with(csrf()));
		this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/" + this.id).with(csrf())
					.param("title", "Een rustig begin van de schooldag")
					.param("summary", "Een vast onthaalmoment brengt rust.")
					.param("body", "## Wat?\n\nElke ochtend een rustig onthaalmoment.\n\nEinde.")
					.param("themes", "CLASS_CLIMATE", "PARENTS")
					.param("phases", "PHASE_0")
					.param("levels", "PRIMARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY")
					.param("version", String.valueOf(version())));
		long folder = attachment("folder.pdf");
		this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/" + this.id + "/bijlagen/" + folder + "/verwijderen").with(csrf()));
		this.signedIn.as("partner", multipart("/toolbox/mijn-fiches/" + this.id + "/bijlagen").with(csrf())
			.file(new MockMultipartFile("bestand", "werkblad.xlsx", "application/octet-stream", TestFiles.xlsx())));
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + this.id + "/indienen").with(csrf()));
	}

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
		this.jdbc.update("delete from attachment_content where stored_name not in "
				+ "(select stored_name from fiche_attachment)");
		this.jdbc.execute("refresh materialized view fiche_word");
		this.cache.clear();
	}

	private int version() {
		return this.jdbc.queryForObject("select version from fiche where id = ?", Integer.class, this.id);
	}

	private long attachment(String name) {
		return this.jdbc.queryForObject("select id from fiche_attachment where fiche_id = ? and original_name = ?",
				Long.class, this.id, name);
	}

	private String status() {
		return this.jdbc.queryForObject("select status from fiche where id = ?", String.class, this.id);
	}

	private Document reviewPage() throws Exception {
		return this.signedIn.page("redactie", get("/toolbox/redactie/" + this.id));
	}

	@Test
	void theReviewPageShowsTheAttachmentsWithADownloadAndThoseThatDisappear() throws Exception {
		Document page = reviewPage();
		Elements attachments = page.select(".review-attachments .attachment-list li");
		assertThat(attachments).hasSize(1);
		assertThat(attachments.select("a").text()).isEqualTo("werkblad.xlsx");
		assertThat(attachments.select(".badge").text()).isEqualTo("nieuw");
		assertThat(page.select(".withdrawn-attachments a").text()).isEqualTo("folder.pdf");

		MockHttpServletResponse download = this.signedIn.as("redactie", get(attachments.select("a").attr("href")));
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(download.getHeader("Content-Disposition")).contains("werkblad.xlsx");
		assertThat(this.signedIn.as("redactie", get(page.select(".withdrawn-attachments a").attr("href"))).getStatus())
			.isEqualTo(200);
		assertThat(this.signedIn.as("redactie", get("/toolbox/redactie/" + this.id + "/bijlagen/999999")).getStatus())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select download_count from fiche where id = ?", Long.class, this.id))
			.isZero();
	}

	@Test
	void theReviewPageShowsWhatChangedSinceThePublishedVersion() throws Exception {
		Document page = reviewPage();
		Elements changes = page.select(".review-changes");
		assertThat(changes.select("p").first().text()).contains("versie 1");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.title] .diff-removed").text())
			.isEqualTo("Geschrapt: Een rustig begin van de dag");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.title] .diff-added ins").text())
			.isEqualTo("schooldag");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.body] .diff-removed del").text())
			.isEqualTo("kort");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.body] .diff-added ins").text())
			.isEqualTo("rustig");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.body] .diff-same").text()).contains("Einde.");
		assertThat(changes.select(".text-diff[data-field=toolbox.field.summary]")).isEmpty();
		assertThat(changes.select(".facet-changes dt").eachText()).containsExactly("Thema's");
		assertThat(changes.select(".facet-removed").text()).isEqualTo("geschrapt: Moeilijk hanteerbaar gedrag");
		assertThat(changes.select(".facet-added").text()).isEqualTo("nieuw: Samenwerking met ouders");
	}

	@Test
	void aFicheNeverPublishedSaysEverythingIsNew() throws Exception {
		this.jdbc.update("update fiche set published_version = 0, status = 'IN_REVIEW' where id = ?", this.id);
		assertThat(reviewPage().select(".review-changes .first-version").text())
			.isEqualTo("Deze fiche werd nog nooit gepubliceerd: alles is nieuw.");
	}

	@Test
	void publishingAsksToConfirmThatTheAttachmentsAndChangesWereChecked() throws Exception {
		Document page = reviewPage();
		assertThat(page.select("#publiceren label[for=nagekeken]").text())
			.isEqualTo("Ik heb de bijlagen en de wijzigingen nagekeken.");
		assertThat(page.select("#publiceren input#nagekeken[type=checkbox][name=nagekeken][value=ja]")).hasSize(1);

		MockHttpServletResponse refused = this.signedIn.as("redactie",
				post("/toolbox/redactie/" + this.id + "/publiceren").with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(status()).isEqualTo("IN_REVIEW");
		Document again = Jsoup.parse(refused.getContentAsString());
		assertThat(again.select("main h1").text()).isEqualTo("Een rustig begin van de schooldag");
		assertThat(again.select("#nagekeken").attr("aria-invalid")).isEqualTo("true");
		assertThat(again.select("#nagekeken").attr("aria-describedby")).isEqualTo("nagekeken-fout");
		assertThat(again.select("#nagekeken-fout").text()).startsWith("Vink aan dat je de bijlagen");

		assertThat(this.signedIn
			.as("redactie", post("/toolbox/redactie/" + this.id + "/publiceren").with(csrf()).param("nagekeken", "ja"))
			.getRedirectedUrl()).isEqualTo("/toolbox/een-rustig-begin-van-de-dag");
		assertThat(status()).isEqualTo("PUBLISHED");
	}

}
