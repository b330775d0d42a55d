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
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class SchoolPagesIT {

	private static final String CONFLICT = "Iemand anders heeft deze gegevens intussen gewijzigd";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theListSearchesByNameAndFiltersByLevel() throws Exception {
		Document page = page("/scholen?zoek=linde");
		assertThat(names(page)).contains("Basisschool De Linde (fictief)")
			.noneSatisfy((name) -> assertThat(name).contains("Atheneum Dijlestad"));
		assertThat(page.text()).doesNotContain("Atheneum Dijlestad");
		Document buso = page("/scholen?niveau=BUSO");
		assertThat(names(buso)).contains("BuSO Het Anker (fictief)")
			.noneSatisfy((name) -> assertThat(name).contains("Basisschool De Linde"));
		assertThat(buso.text()).doesNotContain("Basisschool De Linde");
	}

	@Test
	void aCoordinatorCreatesASchoolAndErrorsAreShownNextToTheFields() throws Exception {
		Document invalid = this.signedIn.page("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "")
					.param("postalCode", "30000")
					.param("city", "Leuven"));
		assertThat(invalid.getElementById("name-fout").text()).contains("Geef de naam van de school.");
		assertThat(invalid.getElementById("level-fout").text()).contains("Kies het niveau.");
		assertThat(invalid.getElementById("postalCode-fout").text()).contains("Geef een postcode van vier cijfers.");
		assertThat(invalid.getElementById("city").val()).isEqualTo("Leuven");
		MockHttpServletResponse created = this.signedIn.as("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "Basisschool Het Kompas (test)")
					.param("level", "BAO")
					.param("network", "OFFICIEEL")
					.param("postalCode", "3000")
					.param("city", "Leuven"));
		assertThat(created.getStatus()).isEqualTo(302);
		Document form = page(created.getRedirectedUrl());
		assertThat(form.select("h1").text()).isEqualTo("Basisschool Het Kompas (test)");
		assertThat(form.getElementById("name").val()).isEqualTo("Basisschool Het Kompas (test)");
		Document taken = this.signedIn.page("coordinator",
				post("/scholen/nieuw").with(csrf())
					.param("name", "basisschool het kompas (test)")
					.param("level", "BAO")
					.param("network", "GO"));
		assertThat(taken.getElementById("name-fout").text()).contains("Er bestaat al een school met deze naam.");
	}

	@Test
	void aStaleEditShowsTheConflict() throws Exception {
		long id = school("College Ter Beemden (fictief)");
		Document page = this.signedIn.page("coordinator",
				post("/scholen/" + id).with(csrf())
					.param("name", "College Ter Beemden (fictief)")
					.param("level", "SO")
					.param("network", "KATHOLIEK")
					.param("city", "Mijn invoer")
					.param("version", "-1"));
		assertThat(page.select("[role=alert]").text()).contains(CONFLICT);
		assertThat(page.getElementById("city").val()).isEqualTo("Mijn invoer");
	}

	@Test
	void whenTwoSavesPassTheVersionCheckTogetherTheSecondSeesTheConflictAndKeepsWhatItTyped() throws Exception {
		long id = school("Stedelijk Lyceum De Brug (fictief)");
		String version = this.jdbc.sql("select version from school where id = ?")
			.param(id)
			.query(String.class)
			.single();
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<MockHttpServletResponse>> pending;
			try (HeldRowLock lock = HeldRowLock.on(this.dataSource, "school", id)) {
				pending = Stream.of("Leuven (eerste)", "Heverlee (tweede)")
					.map((city) -> threads.submit(() -> this.signedIn.as("coordinator",
							post("/scholen/" + id).with(csrf())
								.param("name", "Stedelijk Lyceum De Brug (fictief)")
								.param("level", "SO")
								.param("network", "OFFICIEEL")
								.param("city", city)
								.param("version", version))))
					.toList();
				lock.awaitWaiting(2);
			}
			for (Future<MockHttpServletResponse> response : pending) {
				responses.add(response.get(30, TimeUnit.SECONDS));
			}
		}
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
		boolean firstWon = responses.get(0).getStatus() == 302;
		Document loser = parse(responses.get(firstWon ? 1 : 0));
		assertThat(loser.select("[role=alert]").text()).contains(CONFLICT);
		assertThat(loser.getElementById("city").val()).isEqualTo(firstWon ? "Heverlee (tweede)" : "Leuven (eerste)");
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
		Document page = this.signedIn.page("coordinator",
				post("/scholen/" + id).with(csrf())
					.param("name", "buso het anker (fictief)")
					.param("level", "BUSO")
					.param("network", "GO")
					.param("version", version));
		assertThat(page.getElementById("name-fout").text()).contains("Er bestaat al een school met deze naam.");
		assertThat(page.getElementById("name").val()).isEqualTo("buso het anker (fictief)");
		assertThat(school("BuSO De Kompasroos (fictief)")).isEqualTo(id);
	}

	@Test
	void aMembershipOfAnUnknownSchoolYearIsRefused() throws Exception {
		long id = school("Basisschool De Regenboogbrug (fictief)");
		assertThat(this.signedIn.status("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "1990-1991")
					.param("netwerk", "RISK_BAO")))
			.isEqualTo(404);
		assertThat(this.signedIn.status("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "negentig")
					.param("netwerk", "RISK_BAO")))
			.as("not a school year at all")
			.isEqualTo(400);
	}

	@Test
	void membershipOfALearningNetworkIsKeptPerSchoolYear() throws Exception {
		long id = school("Basisschool De Regenboogbrug (fictief)");
		Document form = page("/scholen/" + id);
		assertThat(form.select("#m-schooljaar option").eachAttr("value")).contains("2021-2022", "2017-2018");
		assertThat(this.signedIn.status("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "2021-2022")
					.param("netwerk", "RISK_BAO")))
			.isEqualTo(302);
		assertThat(memberships(page("/scholen/" + id))).contains("2021-2022: Lerend netwerk Ris+K BaO");
		assertThat(page("/scholen/" + id).select("#netwerken li input[name=schooljaar]").eachAttr("value"))
			.contains("2021-2022");
		this.signedIn.as("coordinator",
				post("/scholen/" + id + "/netwerken").with(csrf())
					.param("schooljaar", "2021-2022")
					.param("netwerk", "RISK_BAO")
					.param("actie", "verwijderen"));
		Document after = page("/scholen/" + id);
		assertThat(memberships(after)).doesNotContain("2021-2022: Lerend netwerk Ris+K BaO");
		assertThat(after.text()).doesNotContain("2021-2022: Lerend netwerk Ris+K BaO");
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
		Document page = parse(upload(csv));
		assertThat(page.select("[role=alert] p").text()).contains("Er werd niets ingelezen");
		assertListed(page, "Rij 2: de naam ontbreekt.", "Rij 3: 'HOGESCHOOL' is geen niveau",
				"Rij 3: het CLB 'Onbekend CLB' is niet gekend.", "Rij 3: '30' is geen postcode van vier cijfers.");
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
		Document list = this.signedIn.page("coordinator", get("/scholen").param("zoek", "import vier"));
		assertThat(list.select("table tbody tr td:nth-child(4)").eachText())
			.containsExactly("GO! CLB Leuven-Tienen-Landen");
	}

	@Test
	void aCsvThatCannotBeStoredOrReadImportsNothingAndSaysWhy() throws Exception {
		long before = schools();
		String tooLong = """
				naam;niveau;net;scholengemeenschap;clb;straat;postcode;gemeente
				Basisschool Import Zes (test);BAO;GO;;;%s;3000;Leuven
				Basisschool Import Zeven (test);BAO;GO;;Arktos;;3000;Leuven
				""".formatted("x".repeat(201));
		assertListed(parse(upload(tooLong)), "Rij 1: de tekst in de kolom 'straat' is te lang",
				"Rij 2: het CLB 'Arktos' is niet gekend.");
		String unclosedQuote = """
				naam;niveau;net
				Basisschool Import Acht (test);BAO;GO
				"Basisschool Import Negen (test;BAO;GO
				""";
		Document unreadable = parse(upload(unclosedQuote));
		assertThat(unreadable.select("[role=alert] p").text()).contains("Er werd niets ingelezen");
		assertListed(unreadable, "Rij 2: het bestand kan vanaf deze rij niet gelezen worden");
		byte[] latin1 = "naam;niveau;net\nBasisschool Ko\u00efnoor (test);BAO;GO\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertListed(parse(upload(latin1)), "Het bestand is niet in UTF-8 opgeslagen.");
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

	/** Each text is part of one of the import's problems, listed in the alert. */
	private static void assertListed(Document page, String... problems) {
		List<String> listed = page.select("[role=alert] li").eachText();
		for (String problem : problems) {
			assertThat(listed).as(problem).anySatisfy((item) -> assertThat(item).contains(problem));
		}
	}

	private static List<String> names(Document list) {
		return list.select("table tbody tr td:first-child").eachText();
	}

	private static List<String> memberships(Document form) {
		return form.select("#netwerken li span").eachText();
	}

	private long schools() {
		return this.jdbc.sql("select count(*) from school").query(Long.class).single();
	}

	private long school(String name) {
		return this.jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single();
	}

	private MockHttpServletResponse upload(String csv) throws Exception {
		return upload(csv.getBytes(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse upload(byte[] csv) throws Exception {
		return this.signedIn.as("beheerder",
				multipart("/scholen/import").file(new MockMultipartFile("bestand", "scholen.csv", "text/csv", csv))
					.with(csrf()));
	}

	private Document page(String path) throws Exception {
		return this.signedIn.page("coordinator", get(path));
	}

	private static Document parse(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

}
