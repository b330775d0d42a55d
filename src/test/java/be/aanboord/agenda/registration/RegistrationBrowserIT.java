package be.aanboord.agenda.registration;

import java.time.Duration;
import java.time.Instant;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher finds a leerlabo from the home page, registers, receives the confirmation,
 * cancels by the personal link, and the first person waiting is promoted and mailed.
 */
@BrowserTest
class RegistrationBrowserIT {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	RegistrationFixture fixture;

	@Autowired
	Registrations registrations;

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	@Test
	void aTeacherRegistersFromTheHomePageCancelsByTheLinkAndTheFirstWaitingIsPromoted(Browser browser)
			throws Exception {
		long id = this.fixture.activity("browser", 1, Instant.now().plus(Duration.ofHours(20)), "PUBLISHED");
		browser.open("/");
		assertThat(browser.text(By.cssSelector(".home-agenda"))).contains("Leerlabo browser");
		browser.clickToNavigate(link("Leerlabo browser"));
		browser.clickToNavigate(link("Inschrijven"));
		assertThat(browser.text(By.id("plaatsen"))).isEqualTo("Nog 1 plaats vrij");
		browser.type(By.id("name"), "Wouter Leerkracht");
		browser.type(By.id("email"), "wouter.leerkracht@example.org");
		browser.type(By.id("organisation"), "Basisschool Het Spoor");
		browser.type(By.id("jobFunction"), "Leerkracht");
		browser.click(By.id("consent1"));
		browser.clickToNavigate(button("Inschrijven"));
		assertThat(browser.text(By.id("inschrijving-ontvangen"))).contains("Je inschrijving is ontvangen");

		RegistrationForm waiting = new RegistrationForm();
		waiting.setName("Xavier Wachtlijst");
		waiting.setEmail("xavier.wachtlijst@example.org");
		waiting.setConsent(true);
		assertThat(this.registrations.register(id, waiting)).isEqualTo(Registrations.Outcome.WAITING);

		MimeMessage confirmation = Mails.await(mail, "wouter.leerkracht@example.org",
				"Bevestiging van je inschrijving: Leerlabo browser");
		assertThat(Mails.attachments(confirmation)).hasSize(1);
		browser.open(Mails.personalLink(confirmation));
		assertThat(browser.text(By.id("status"))).isEqualTo("Ingeschreven");
		browser.clickToNavigate(By.id("annuleren"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Geannuleerd");

		MimeMessage promoted = Mails.await(mail, "xavier.wachtlijst@example.org",
				"Er is een plaats voor je vrijgekomen: Leerlabo browser");
		browser.open(Mails.personalLink(promoted));
		assertThat(browser.text(By.id("status"))).isEqualTo("Ingeschreven");
	}

}
