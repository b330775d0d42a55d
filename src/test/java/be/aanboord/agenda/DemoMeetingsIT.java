package be.aanboord.agenda;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's lab meetings of 2021-2022 and CLZ networks as a lab member sees them
 * (R__demo_meetings.sql).
 */
@IntegrationTest
class DemoMeetingsIT {

	@Autowired
	SignedIn signedIn;

	@Test
	void theLabsThreeMeetingsWithMinutesDecisionsAndTheOpenActionPoint() throws Exception {
		Document list = this.signedIn.page("partner", get("/agenda/vergaderingen"));
		assertThat(list.select("main li a").eachText()).contains("Labovergadering oktober 2021",
				"Labovergadering februari 2022", "Labovergadering juni 2022");

		Document june = this.signedIn.page("partner", get("/agenda/vergaderingen/labo-2022-06"));
		assertThat(june.select("#deelnemers li").text()).contains("Marleen Verhaegen").doesNotContain("Kristien Moens");
		assertThat(june.select("#verslag").text()).contains("Goedgekeurd door Marleen Verhaegen");
		assertThat(june.select("#besluiten li")).isNotEmpty();
		assertThat(june.select("#agenda .carried-over").text())
			.contains("Overzicht van de wachtlijsten voor Naft-trajecten bezorgen")
			.contains("Labovergadering februari 2022")
			.doesNotContain("Offerte voor het drukken van ReflectLeer opvragen");
		assertThat(june.select("#budget").text()).contains("2022-2023");
	}

	@Test
	void theClzNetworksWithMemberSchoolsPeopleAndMeetings() throws Exception {
		Document regular = this.signedIn.page("coordinator",
				get("/agenda/netwerken/clz-regulier?schooljaar=2026-2027"));
		assertThat(regular.select("#vergaderingen li")).hasSize(5);
		assertThat(regular.select("#scholen h3").eachText()).contains("Basisschool De Linde (fictief)",
				"Atheneum Dijlestad (fictief)");
		assertThat(regular.select("#scholen").text()).contains("An Wouters").contains("Zorgcoördinator");
		Document special = this.signedIn.page("coordinator", get("/agenda/netwerken/clz-buo?schooljaar=2026-2027"));
		assertThat(special.select("#vergaderingen li")).hasSize(5);
		assertThat(special.select("#scholen h3").eachText()).contains("BuSO Het Anker (fictief)");
	}

}
