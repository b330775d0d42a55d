package be.aanboord.agenda;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's coordinator in the browser: the demo's June 2022 meeting with the action
 * point carried over from February, an agenda item added, the CLZ network and a meeting's
 * attendance. Every page is checked with axe and on a phone's width.
 */
@BrowserTest
class MeetingBrowserIT {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheAddedItem() {
		this.jdbc.sql("delete from meeting_agenda_item where title = 'Rondvraag (browsertest)'").update();
	}

	@Test
	void theCoordinatorReadsAMeetingAddsAnAgendaItemAndOpensANetwork(Browser browser) {
		browser.loginAs("beheerder");
		browser.open("/agenda/vergaderingen");
		browser.clickToNavigate(By.linkText("Labovergadering juni 2022"));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Labovergadering juni 2022");
		assertThat(browser.text(By.cssSelector("#agenda .carried-over")))
			.contains("Overzicht van de wachtlijsten voor Naft-trajecten bezorgen");

		browser.type(By.id("title"), "Rondvraag (browsertest)");
		browser.clickToNavigate(By.xpath("//button[normalize-space()='Agendapunt toevoegen']"));
		assertThat(browser.text(By.cssSelector("#agenda"))).contains("Rondvraag (browsertest)");

		browser.open("/agenda/netwerken");
		browser.clickToNavigate(By.linkText("CLZ intern lerend netwerk buitengewoon onderwijs"));
		assertThat(browser.text(By.cssSelector("#scholen"))).contains("BuSO Het Anker (fictief)");
		browser.clickToNavigate(By.partialLinkText("bijeenkomst 1"));
		assertThat(browser.text(By.cssSelector("main h2"))).isEqualTo("Aanwezigheid");
	}

}
