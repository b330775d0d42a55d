package be.aanboord.prevention.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import be.aanboord.project.SchoolYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static be.aanboord.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, a school user fills in a month's counts, mistypes one and corrects it; the
 * page passes axe and fits the phone's width, the table scrolling within itself.
 */
@BrowserTest
class MonitoringBrowserIT {

	@Autowired
	MonitoringFixture fixture;

	@AfterEach
	void removeTheSchools() {
		this.fixture.removeAll();
	}

	@Test
	void aSchoolFillsInItsCountsOnAPhone(Browser browser) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		long school = this.fixture.school("Vrij CLB Leuven");
		long plan = this.fixture.plan(school, SchoolYear.startYearOf(today));
		String user = this.fixture.schoolUser(school);
		String month = YearMonth.of(SchoolYear.startYearOf(today), 9).toString();

		browser.phone();
		browser.loginAs(user);
		browser.open("/preventieplan/" + plan + "/monitoring");
		browser.type(By.id("cel-" + month + "-halfDays5"), "abc");
		browser.type(By.id("cel-" + month + "-halfDays30"), "3");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.id("cel-" + month + "-halfDays5-fout"))).startsWith("Vul een geheel getal");
		browser.find(By.id("cel-" + month + "-halfDays5")).clear();
		browser.type(By.id("cel-" + month + "-halfDays5"), "14");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("De aantallen zijn bewaard.");
		assertThat(browser.find(By.id("cel-" + month + "-halfDays5")).getAttribute("value")).isEqualTo("14");
		assertThat(browser.find(By.id("cel-" + month + "-halfDays30")).getAttribute("value")).isEqualTo("3");
	}

}
