package be.aanboord.privacy;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The register of processing for the administrator, with each entry's columns, and the
 * privacy notice for everyone, both listing every entry of the register, in Dutch and in
 * English; nobody else opens the register.
 */
@IntegrationTest
class PrivacyPagesIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	ProcessingRegister register;

	@Test
	void theAdministratorSeesEveryEntryWithItsColumnsAndSettings() throws Exception {
		Document page = this.signedIn.page("beheerder", get("/beheer/privacy"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Register van verwerkingen");
		Element overview = page.selectFirst("table#register-overzicht");
		assertThat(overview.selectFirst("caption").text()).isEqualTo("Overzicht van de verwerkingen");
		assertThat(overview.select("thead th[scope=col]")).hasSize(6);
		assertThat(overview.select("tbody th[scope=row]")).hasSize(ProcessingActivity.values().length);
		assertThat(overview.parent().hasClass("table-responsive")).as("the table scrolls in its own box").isTrue();
		for (ProcessingRegister.Entry entry : this.register.entries()) {
			Element section = page.selectFirst("section#" + entry.code());
			assertThat(section).as("the section of %s", entry.code()).isNotNull();
			assertThat(section.select(".privacy-columns code").eachText()).as("the columns of %s", entry.code())
				.isEqualTo(entry.columns())
				.isNotEmpty();
			assertThat(section.select("dt")).hasSize(6);
		}
		Element trajectories = page.selectFirst("section#TRAJECTORIES");
		assertThat(trajectories.text()).contains("aanboord.privacy.trajectory-retention")
			.contains("5 jaar na het afsluiten van het traject")
			.contains("taak van algemeen belang (AVG art. 6.1.e)")
			.contains("trajectory.pupil_code");
		assertThat(page.selectFirst("section#REGISTRATIONS").text())
			.contains("aanboord.agenda.registration-retention = P12M")
			.contains("tot 12 maanden na de activiteit")
			.contains("activity_registration.email")
			.contains("AVG art. 6.1.a");
		assertThat(page.selectFirst("section#ACCESS_LOG").text()).contains("aanboord.privacy.access-log-retention")
			.contains("Elke regel 5 jaar")
			.contains("AVG art. 6.1.c");
		assertThat(page.selectFirst("section#SESSIONS").text()).contains("server.servlet.session.timeout = 30m")
			.contains("Tot 30 minuten na je laatste klik");
		assertThat(page.selectFirst("section#NEWSLETTER").text()).contains("na 7 dagen");
		assertThat(page.selectFirst("section#HELP_CARDS").text()).contains("niemand 3 jaar lang opende");
		assertThat(page.select("a[href=/privacy]")).isNotEmpty();
	}

	@Test
	void theAdministratorFindsTheRegisterOnTheStartPage() throws Exception {
		Document start = this.signedIn.page("beheerder", get("/start"));
		assertThat(start.select("#panel-admin .start-actions a[href=/beheer/privacy]").text())
			.isEqualTo("Register van verwerkingen");
	}

	@Test
	void nobodyElseOpensTheRegister() throws Exception {
		for (String username : List.of("coordinator", "partner", "redactie", "stad", "school", "clb")) {
			assertThat(this.signedIn.status(username, get("/beheer/privacy"))).as(username).isEqualTo(403);
		}
		MockHttpServletResponse anonymous = this.signedIn.as(null, get("/beheer/privacy"));
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void everyoneReadsTheNoticeWithEveryEntryInPlainWords() throws Exception {
		for (String username : java.util.Arrays.asList(null, "school", "beheerder")) {
			assertThat(this.signedIn.status(username, get("/privacy"))).as(String.valueOf(username)).isEqualTo(200);
		}
		Document notice = this.signedIn.page(null, get("/privacy"));
		assertThat(notice.selectFirst("h1").text()).isEqualTo("Privacyverklaring");
		for (ProcessingActivity activity : ProcessingActivity.values()) {
			Element section = notice.selectFirst("section#" + activity.name());
			assertThat(section).as("the section of %s", activity).isNotNull();
			assertThat(section.select("dt").eachText()).containsExactly("Welke gegevens, van wie", "Waarvoor",
					"Rechtsgrond", "Wie ziet ze", "Hoe lang we ze bewaren");
			assertThat(notice.select("nav a[href=#" + activity.name() + "]")).hasSize(1);
		}
		assertThat(notice.text()).contains("alleen om de activiteit te organiseren")
			.contains("tot 12 maanden na de activiteit")
			.contains("5 jaar na het afsluiten van het traject")
			.contains("geen namen, geboortedatums of rijksregisternummers van leerlingen")
			.contains("Vlaamse Toezichtcommissie")
			.doesNotContain("activity_registration")
			.doesNotContain("aanboord.");
		assertThat(notice.select("a[href=/privacy/mijn-gegevens]")).hasSize(1);
		assertThat(notice.select("footer a[href=/privacy]")).hasSize(1);
	}

	@Test
	void bothPagesSpeakEnglish() throws Exception {
		Document notice = this.signedIn.page(null, get("/privacy").param("lang", "en"));
		assertThat(notice.selectFirst("h1").text()).isEqualTo("Privacy notice");
		assertThat(notice.selectFirst("section#REGISTRATIONS").text()).contains("until 12 months after the activity")
			.contains("Your consent (GDPR article 6.1.a)")
			.doesNotContain("maanden");
		assertThat(notice.selectFirst("section#HELP_CARDS").text()).contains("for 3 years");
		Document register = this.signedIn.page("beheerder", get("/beheer/privacy").param("lang", "en"));
		assertThat(register.selectFirst("h1").text()).isEqualTo("Register of processing");
		assertThat(register.selectFirst("section#SESSIONS").text()).contains("Until 30 minutes after your last click");
	}

}
