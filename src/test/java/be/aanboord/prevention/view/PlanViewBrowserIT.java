package be.aanboord.prevention.view;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo school and its CLB worker open the school's plan of 2026-2027 on a phone: the
 * routekaart, the goals' table, the open actions, the year comparison and the monitoring
 * trend, checked with axe and at 390 px (the browser does that on every page); a box of
 * the routekaart leads to the goal's page.
 */
@BrowserTest
class PlanViewBrowserIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSchoolAndItsClbOpenThePlanOnAPhone(Browser browser) {
		long plan = this.jdbc.queryForObject("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026""", Long.class);
		for (String user : new String[] { "school", "clb" }) {
			browser.driver().manage().deleteAllCookies();
			browser.phone().loginAs(user).open("/preventieplan/" + plan);
			assertThat(browser.text(By.cssSelector("main h1"))).contains("Basisschool De Regenboogbrug (fictief)",
					"2026-2027");
			assertThat(browser.findAll(By.cssSelector("svg.rk-chart a.rk-link"))).hasSize(15);
			assertThat(browser.findAll(By.cssSelector("#doelen-tabel tbody tr"))).hasSize(15);
			assertThat(browser.text(By.id("acties"))).contains("Te laat:");
			assertThat(browser.findAll(By.cssSelector("svg.yc-chart"))).hasSize(1);
			assertThat(browser.findAll(By.cssSelector("svg.mt-chart"))).hasSize(1);
			assertThat(browser.find(By.cssSelector("svg.rk-chart")).getSize().getWidth())
				.isLessThanOrEqualTo(Browser.PHONE_WIDTH);
			browser.desktop().open("/preventieplan/" + plan);
		}
	}

}
