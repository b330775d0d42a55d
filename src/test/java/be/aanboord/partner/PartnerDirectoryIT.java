package be.aanboord.partner;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class PartnerDirectoryIT {

	@Autowired
	MockMvc mvc;

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
	void theDirectoryShowsHowEachOrganisationTakesPartButNoNames() throws Exception {
		String page = this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Voorzitterschap").contains("Kerngroep");
	}

}
