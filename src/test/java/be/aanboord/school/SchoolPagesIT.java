package be.aanboord.school;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import be.aanboord.HeldRowLock;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class SchoolPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theListSearchesByNameAndFiltersByLevel() throws Exception {
		String page = html("/scholen?zoek=linde");
		assertThat(page).contains("Basisschool De Linde (fictief)").doesNotContain("Atheneum Dijlestad");
		assertThat(html("/scholen?niveau=BUSO")).contains("BuSO Het Anker (fictief)")
			.doesNotContain("Basisschool De Linde");
	}

	@Test
	void aCoordinatorCreatesASchoolAndErrorsAreShownNextToTheFields() throws Exception {
		String invalid = perform("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "")
					.param("postalCode", "30000")
					.param("city", "Leuven"))
			.getContentAsString();
		assertThat(invalid).contains("Geef de naam van de school.", "Kies het niveau.",
				"Geef een postcode van vier cijfers.", "value=\"Leuven\"");
		MockHttpServletResponse created = perform("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "Basisschool Het Kompas (test)")
					.param("level", "BAO")
					.param("network", "OFFICIEEL")
					.param("postalCode", "3000")
					.param("city", "Leuven"));
		assertThat(created.getStatus()).isEqualTo(302);
		assertThat(html(created.getRedirectedUrl())).contains("Basisschool Het Kompas (test)");
		assertThat(perform("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "basisschool het kompas (test)")
					.param("level", "BAO")
					.param("network", "GO"))
			.getContentAsString()).contains("Er bestaat al een school met deze naam.");
	}

	@Test
	void aStaleEditShowsTheConflict() throws Exception {
		long id = school("College Ter Beemden (fictief)");
		String page = perform("coordinator",
				post("/scholen/" + id).with(csrf())
					.param("name", "College Ter Beemden (fictief)")
					.param("level", "SO")
					.param("network", "KATHOLIEK")
					.param("city", "Mijn invoer")
					.param("version", "-1"))
			.getContentAsString();
		assertThat(page).contains("Iemand anders heeft deze gegevens intussen gewijzigd", "Mijn invoer");
	}

	@Test
	void whenTwoSavesPassTheVersionCheckTogetherTheSecondSeesTheConflictAndKeepsWhatItTyped() throws Exception {
		long id = school("Stedelijk Lyceum De Brug (fictief)");
		String version = this.jdbc.sql("select version from school where id = ?")
			.param(id)
			.query(String.class)
			.single();
		var coordinator = this.accounts.signedIn("coordinator");
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<MockHttpServletResponse>> pending;
			try (HeldRowLock lock = HeldRowLock.on(this.dataSource, "school", id)) {
				pending = Stream.of("Leuven (eerste)", "Heverlee (tweede)")
					.map((city) -> threads.submit(
							() -> this.mvc
								.perform(post("/scholen/" + id).with(csrf())
									.param("name", "Stedelijk Lyceum De Brug (fictief)")
									.param("level", "SO")
									.param("network", "OFFICIEEL")
									.param("city", city)
									.param("version", version)
									.with(user(coordinator)))
								.andReturn()
								.getResponse()))
					.toList();
				lock.awaitWaiting(2);
			}
			for (Future<MockHttpServletResponse> response : pending) {
				responses.add(response.get(30, TimeUnit.SECONDS));
			}
		}
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
		boolean firstWon = responses.get(0).getStatus() == 302;
		assertThat(responses.get(firstWon ? 1 : 0).getContentAsString()).contains(
				"Iemand anders heeft deze gegevens intussen gewijzigd",
				firstWon ? "Heverlee (tweede)" : "Leuven (eerste)");
		assertThat(this.jdbc.sql("select city from school where id = ?").param(id).query(String.class).single())
			.isEqualTo(firstWon ? "Leuven (eerste)" : "Heverlee (tweede)");
	}

	@Test
	void aSchoolCannotBeRenamedToTheNameOfAnother() throws Exception {
		long id = school("BuSO De Kompasroos (fictief)");
		String version = this.jdbc.sql("select version from school where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String page = perform("coordinator",
				post("/scholen/" + id).with(csrf())
					.param("name", "buso het anker (fictief)")
					.param("level", "BUSO")
					.param("network", "GO")
					.param("version", version))
			.getContentAsString();
		assertThat(page).contains("Er bestaat al een school met deze naam.", "value=\"buso het anker (fictief)\"");
		assertThat(school("BuSO De Kompasroos (fictief)")).isEqualTo(id);
	}

	@Test
	void aMembershipOfAnUnknownSchoolYearIsRefused() throws Exception {
		long id = school("Basisschool De Regenboogbrug (fictief)");
		assertThat(perform("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "1990-1991")
					.param("netwerk", "RISK_BAO"))
			.getStatus()).isEqualTo(404);
	}

	@Test
	void membershipOfALearningNetworkIsKeptPerSchoolYear() throws Exception {
		long id = school("Basisschool De Regenboogbrug (fictief)");
		assertThat(perform("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "2021-2022")
					.param("netwerk", "RISK_BAO"))
			.getStatus()).isEqualTo(302);
		assertThat(html("/scholen/" + id)).contains("2021-2022: Lerend netwerk Ris+K BaO");
		perform("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "2021-2022")
					.param("netwerk", "RISK_BAO")
					.param("actie", "verwijderen"));
		assertThat(html("/scholen/" + id)).doesNotContain("2021-2022: Lerend netwerk Ris+K BaO");
	}

	@Test
	void aCsvWithOneBadRowImportsNothingAndReportsEveryProblemPerRow() throws Exception {
		long before = schools();
		String csv = """
				naam;niveau;net;scholengemeenschap;clb;straat;postcode;gemeente
				Basisschool Import Een (test);BAO;GO;;GO! CLB Leuven-Tienen-Landen;Straat 1;3000;Leuven
				;SO;KATHOLIEK;;;;;
				Basisschool Import Drie (test);HOGESCHOOL;GO;;Onbekend CLB;;30;Leuven
				""";
		String page = upload(csv).getContentAsString();
		assertThat(page).contains("Er werd niets ingelezen", "Rij 2: de naam ontbreekt.",
				"Rij 3: &#39;HOGESCHOOL&#39; is geen niveau", "Rij 3: het CLB &#39;Onbekend CLB&#39; is niet gekend.",
				"Rij 3: &#39;30&#39; is geen postcode van vier cijfers.");
		assertThat(schools()).isEqualTo(before);
	}

	@Test
	void aValidCsvImportsEveryRow() throws Exception {
		long before = schools();
		String csv = """
				naam;niveau;net;scholengemeenschap;clb;straat;postcode;gemeente
				Basisschool Import Vier (test);BAO;GO;;GO! CLB Leuven-Tienen-Landen;Straat 4;3000;Leuven
				Atheneum Import Vijf (test);SO;OFFICIEEL;;;;3010;Kessel-Lo
				""";
		MockHttpServletResponse response = upload(csv);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(schools()).isEqualTo(before + 2);
	}

	@Test
	void aCsvThatCannotBeStoredOrReadImportsNothingAndSaysWhy() throws Exception {
		long before = schools();
		String tooLong = """
				naam;niveau;net;scholengemeenschap;clb;straat;postcode;gemeente
				Basisschool Import Zes (test);BAO;GO;;;%s;3000;Leuven
				Basisschool Import Zeven (test);BAO;GO;;Arktos;;3000;Leuven
				""".formatted("x".repeat(201));
		assertThat(upload(tooLong).getContentAsString()).contains(
				"Rij 1: de tekst in de kolom &#39;straat&#39; is te lang",
				"Rij 2: het CLB &#39;Arktos&#39; is niet gekend.");
		String unclosedQuote = """
				naam;niveau;net
				Basisschool Import Acht (test);BAO;GO
				"Basisschool Import Negen (test;BAO;GO
				""";
		assertThat(upload(unclosedQuote).getContentAsString()).contains("Er werd niets ingelezen",
				"Rij 2: het bestand kan vanaf deze rij niet gelezen worden");
		byte[] latin1 = "naam;niveau;net\nBasisschool Ko\u00efnoor (test);BAO;GO\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload(latin1).getContentAsString()).contains("Het bestand is niet in UTF-8 opgeslagen.");
		assertThat(schools()).isEqualTo(before);
	}

	@Test
	void aCsvSavedBySpreadsheetsWithAByteOrderMarkAndCapitalisedHeadersIsImported() throws Exception {
		long before = schools();
		String csv = "\uFEFFNaam;Niveau;Net;Gemeente\nBasisschool Import Tien (test);BAO;GO;Wilsele\n";
		assertThat(upload(csv).getStatus()).isEqualTo(302);
		assertThat(schools()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select city from school where id = ?")
			.param(school("Basisschool Import Tien (test)"))
			.query(String.class)
			.single()).isEqualTo("Wilsele");
	}

	private long schools() {
		return this.jdbc.sql("select count(*) from school").query(Long.class).single();
	}

	private long school(String name) {
		return this.jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single();
	}

	private MockHttpServletResponse perform(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.accounts.signedIn(username)))).andReturn().getResponse();
	}

	private MockHttpServletResponse upload(String csv) throws Exception {
		return upload(csv.getBytes(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse upload(byte[] csv) throws Exception {
		return this.mvc
			.perform(multipart("/scholen/import").file(new MockMultipartFile("bestand", "scholen.csv", "text/csv", csv))
				.with(csrf())
				.with(user(this.accounts.signedIn("beheerder"))))
			.andReturn()
			.getResponse();
	}

	private String html(String path) throws Exception {
		return perform("coordinator", get(path)).getContentAsString();
	}

}
