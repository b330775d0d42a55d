package be.aanboord.partner;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class PartnerDirectoryIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void partnersAreGroupedInTheSixCategoriesInOrder() throws Exception {
		String page = this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
		String[] headings = { ">Onderwijs</h2>", ">Ondersteuning onderwijs</h2>", ">Welzijn</h2>",
				">Brug onderwijs – welzijn</h2>", ">Lokale overheid</h2>", ">Opleiding</h2>" };
		int previous = -1;
		for (String heading : headings) {
			int at = page.indexOf(heading);
			assertThat(at).as(heading).isGreaterThan(previous);
			previous = at;
		}
		assertThat(page.indexOf("Arktos")).isBetween(page.indexOf(">Welzijn</h2>"),
				page.indexOf(">Brug onderwijs – welzijn</h2>"));
		assertThat(page).contains("Vrij CLB Leuven", "Stad Leuven", "UCLL", "KU Leuven");
	}

	@Test
	void aLongDirectoryIsPaginatedInCategoryOrder() throws Exception {
		this.jdbc.sql("""
				insert into organisation (name, category)
				select 'Testorganisatie ' || lpad(n::text, 3, '0'), 'OPLEIDING' from generate_series(1, 70) n
				""").update();
		try {
			String first = this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
			assertThat(first).contains("Pagina 1 van 2").contains("Arktos").doesNotContain("Testorganisatie 070");
			String second = this.mvc.perform(get("/partners").param("pagina", "1"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(second).contains("Pagina 2 van 2").contains("Testorganisatie 070").doesNotContain("Arktos");
		}
		finally {
			this.jdbc.sql("delete from organisation where name like 'Testorganisatie %'").update();
		}
	}

	@Test
	void theDirectoryShowsHowEachOrganisationTakesPartButNoNames() throws Exception {
		String page = this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Voorzitterschap").contains("Kerngroep");
	}

}
