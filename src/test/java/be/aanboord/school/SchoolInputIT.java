package be.aanboord.school;

import java.nio.charset.StandardCharsets;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Control characters from the school form, the CSV import and the search. */
@IntegrationTest
class SchoolInputIT {

	private static final String ADMIN = "beheerder";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheSchoolsAddedHere() {
		this.jdbc.sql("delete from school where name like '%(schone tekst)'").update();
	}

	@Test
	void aNulCharacterInTheSearchIsNoServerError() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(ADMIN, get("/scholen").param("zoek", "linde\u0000"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("table tbody tr td:first-child").eachText())
			.contains("Basisschool De Linde (fictief)");
	}

	@Test
	void theCsvImportDropsControlCharactersFromEveryCell() throws Exception {
		String csv = """
				naam;niveau;net;scholengemeenschap;clb;straat;postcode;gemeente
				Basisschool\u000B De Vonk\u0000 (schone tekst);BAO;GO;SG\u0007 Leuven;;Straat\u001F 1;3000;Leu\u0085ven
				""";
		MockHttpServletResponse response = this.signedIn.as(ADMIN, multipart("/scholen/import")
			.file(new MockMultipartFile("bestand", "scholen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()));
		assertThat(response.getRedirectedUrl()).isEqualTo("/scholen");
		var row = this.jdbc
			.sql("select name, school_community, street, city from school where name like 'Basisschool%(schone tekst)'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "Basisschool De Vonk (schone tekst)")
			.containsEntry("school_community", "SG Leuven")
			.containsEntry("street", "Straat 1")
			.containsEntry("city", "Leuven");
	}

	@Test
	void theSchoolFormDropsControlCharactersAlsoWhenSentAsMultipart() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				multipart("/scholen/nieuw").param("name", "Atheneum\u000B Noord\u0000 (schone tekst)")
					.param("level", "SO")
					.param("network", "GO")
					.param("street", "Lange\u0008 straat 2")
					.with(csrf()));
		assertThat(response.getStatus()).isEqualTo(302);
		var row = this.jdbc.sql("select name, street from school where name like 'Atheneum%(schone tekst)'")
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "Atheneum Noord (schone tekst)")
			.containsEntry("street", "Lange straat 2");
	}

}
