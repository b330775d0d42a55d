package be.aanboord.partner;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class PartnerDirectoryIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void partnersAreGroupedInTheSixCategoriesInOrder() throws Exception {
		Document page = this.signedIn.page(null, get("/partners"));
		assertThat(page.select("h2").eachText()).containsSubsequence("Onderwijs", "Ondersteuning onderwijs", "Welzijn",
				"Brug onderwijs – welzijn", "Lokale overheid", "Opleiding");
		Element arktos = page.getElementsContainingOwnText("Arktos").first();
		assertThat(arktos).isNotNull();
		assertThat(arktos.closest("section").selectFirst("h2").text()).isEqualTo("Welzijn");
		assertThat(page.text()).contains("Vrij CLB Leuven", "Stad Leuven", "UCLL", "KU Leuven");
	}

	@Test
	void aLongDirectoryIsPaginatedInCategoryOrder() throws Exception {
		this.jdbc.sql("""
				insert into organisation (name, category)
				select 'Testorganisatie ' || lpad(n::text, 3, '0'), 'OPLEIDING' from generate_series(1, 70) n
				""").update();
		try {
			String first = this.signedIn.page(null, get("/partners")).text();
			assertThat(first).contains("Pagina 1 van 2").contains("Arktos").doesNotContain("Testorganisatie 070");
			String second = this.signedIn.page(null, get("/partners").param("pagina", "1")).text();
			assertThat(second).contains("Pagina 2 van 2").contains("Testorganisatie 070").doesNotContain("Arktos");
		}
		finally {
			this.jdbc.sql("delete from organisation where name like 'Testorganisatie %'").update();
		}
	}

	@Test
	void theDirectoryShowsHowEachOrganisationTakesPartButNoNames() throws Exception {
		assertThat(this.signedIn.page(null, get("/partners")).text()).contains("Voorzitterschap").contains("Kerngroep");
	}

}
