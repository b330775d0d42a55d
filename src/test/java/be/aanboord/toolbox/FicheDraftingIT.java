package be.aanboord.toolbox;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A new fiche gets its attachment in the same form as its first save, and its contributor
 * previews it as it will be published.
 */
@IntegrationTest
class FicheDraftingIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
		this.jdbc.update("delete from attachment_content where stored_name not in "
				+ "(select stored_name from fiche_attachment)");
	}

	private static MockMultipartHttpServletRequestBuilder newFiche(MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/toolbox/mijn-fiches/nieuw").with(csrf());
		if (file != null) {
			request.file(file);
		}
		request.param("title", "Een rustig begin van de dag")
			.param("summary", "Een vast onthaalmoment brengt rust in de klas.")
			.param("body", "## Wat?\n\nElke ochtend een kort **onthaalmoment**.")
			.param("themes", "CLASS_CLIMATE")
			.param("phases", "PHASE_0")
			.param("levels", "PRIMARY")
			.param("audiences", "TEACHER")
			.param("licence", "CC_BY")
			.param("version", "0");
		return request;
	}

	private int fichesOfThePartner() {
		return this.jdbc.queryForObject("select count(*) from fiche where contributor_id = ?", Integer.class,
				this.accounts.idOf("partner"));
	}

	@Test
	void theNewFicheFormTakesAnAttachment() throws Exception {
		Document form = this.signedIn.page("partner", get("/toolbox/mijn-fiches/nieuw"));
		assertThat(form.select("main form[action=/toolbox/mijn-fiches/nieuw]").attr("enctype"))
			.isEqualTo("multipart/form-data");
		assertThat(form.select("label[for=bestand]").text()).isEqualTo("Bijlage (niet verplicht)");
		assertThat(form.select("#bestand[type=file][name=bestand]")).hasSize(1);
	}

	@Test
	void aNewFicheIsSavedWithTheAttachmentOfItsFirstSave() throws Exception {
		MockHttpServletResponse saved = this.signedIn.as("partner",
				newFiche(new MockMultipartFile("bestand", "onthaal.pdf", "application/pdf", TestFiles.pdf())));
		assertThat(saved.getRedirectedUrl()).matches("/toolbox/mijn-fiches/[0-9]+");
		long id = Long.parseLong(saved.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
		assertThat(this.jdbc.queryForList("select original_name from fiche_attachment where fiche_id = ?", String.class,
				id))
			.containsExactly("onthaal.pdf");
		Document page = this.signedIn.page("partner", get("/toolbox/mijn-fiches/" + id));
		assertThat(page.select("#bijlagen .attachment-list li").text()).contains("onthaal.pdf");
	}

	@Test
	void withoutAFileTheFicheIsSavedAlone() throws Exception {
		MockHttpServletResponse saved = this.signedIn.as("partner",
				newFiche(new MockMultipartFile("bestand", "", "application/octet-stream", new byte[0])));
		assertThat(saved.getRedirectedUrl()).matches("/toolbox/mijn-fiches/[0-9]+");
		assertThat(fichesOfThePartner()).isEqualTo(1);
	}

	@Test
	void aRefusedFileKeepsWhatWasTypedSavesNothingAndSaysWhyNextToTheUploadField() throws Exception {
		MockHttpServletResponse refused = this.signedIn.as("partner",
				newFiche(new MockMultipartFile("bestand", "werkblad.pdf", "application/pdf", TestFiles.pdfThenHtml())));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#title").val()).isEqualTo("Een rustig begin van de dag");
		assertThat(page.select("#body").text()).contains("onthaalmoment");
		assertThat(page.select("#bestand").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#bestand").attr("aria-describedby")).contains("bestand-fout");
		assertThat(page.select("#bestand-fout").text()).startsWith("Dit bestand opent niet als het soort bestand");
		assertThat(fichesOfThePartner()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from attachment_content c where not exists "
				+ "(select 1 from fiche_attachment a where a.stored_name = c.stored_name)", Integer.class))
			.isZero();
	}

	@Test
	void aFileOverTheServersLimitOnTheNewFormLeadsBackToItWithTheMessage() throws Exception {
		Document page = this.signedIn.page("partner", get("/toolbox/mijn-fiches/nieuw").param("bijlage", "te-groot"));
		assertThat(page.select("#bestand-fout").text())
			.isEqualTo("Dit bestand is te groot: een bijlage mag hoogstens 20 MB zijn.");
	}

	@Test
	void theContributorPreviewsTheFicheAsItWillBePublishedWithItsAttachments() throws Exception {
		String url = this.signedIn
			.as("partner",
					newFiche(new MockMultipartFile("bestand", "onthaal.pdf", "application/pdf", TestFiles.pdf())))
			.getRedirectedUrl();
		Document form = this.signedIn.page("partner", get(url));
		assertThat(form.select("a[href=" + url + "/voorbeeld]").text()).isEqualTo("Voorbeeld bekijken");

		MockHttpServletResponse response = this.signedIn.as("partner", get(url + "/voorbeeld"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document preview = Jsoup.parse(response.getContentAsString());
		assertThat(preview.select("main h1").text()).isEqualTo("Een rustig begin van de dag");
		assertThat(preview.select(".preview-notice").text()).contains("nog niet openbaar");
		assertThat(preview.select(".fiche-body h2").text()).isEqualTo("Wat?");
		assertThat(preview.select(".fiche-body strong").text()).isEqualTo("onthaalmoment");
		assertThat(preview.select(".fiche-facts dd").text()).contains("Klasklimaat");
		assertThat(preview.select("form[action=" + url + "/indienen] button").text())
			.isEqualTo("Indienen bij de redactie");
		var link = preview.select(".attachments a");
		assertThat(link.text()).isEqualTo("onthaal.pdf");

		MockHttpServletResponse download = this.signedIn.as("partner", get(link.attr("href")));
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(new String(download.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void anotherOrganisationsDraftHasNoPreview() throws Exception {
		long other = this.jdbc.queryForObject(
				"select id from fiche where organisation_id is distinct from (select organisation_id from account "
						+ "where username = 'partner') order by id limit 1",
				Long.class);
		assertThat(this.signedIn.as("partner", get("/toolbox/mijn-fiches/" + other + "/voorbeeld")).getStatus())
			.isEqualTo(404);
		assertThat(this.signedIn.as("partner", get("/toolbox/mijn-fiches/" + other + "/bijlagen/1")).getStatus())
			.isEqualTo(404);
	}

}
