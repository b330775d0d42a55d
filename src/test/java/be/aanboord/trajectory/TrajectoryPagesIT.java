package be.aanboord.trajectory;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class TrajectoryPagesIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aCoordinatorCreatesARisKTrajectoryAndSeesItsPage() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("coordinator",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", projectId("RISK_BAO"))
					.param("schoolYear", "2021")
					.param("schoolId", schoolId("Basisschool De Linde (fictief)"))
					.param("partnerId", organisationId("De Schommel"))
					.param("startDate", "2021-10-04")
					.param("endDate", "2022-05-30")
					.param("plannedHours", "10")
					.param("risk.questionType", "PREVENTIVE")
					.param("level", "BAO")
					.param("question", "Het team wil een gedeelde aanpak rond conflicten op de speelplaats."));
		assertThat(created.getStatus()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		assertThat(location).matches("/trajecten/\\d+");
		String page = html("coordinator", location);
		assertThat(page).contains("Basisschool De Linde (fictief)", "De Schommel", "Aangevraagd", "Teamvraag",
				"geen sessies, 0 u gelogd van 10 u gepland", "Aangemaakt");
	}

	@Test
	void errorsAreShownNextToTheirFieldsInDutchAndTheInputIsKept() throws Exception {
		String page = this.signedIn
			.as("coordinator",
					post("/trajecten/nieuw").with(csrf())
						.param("projectId", projectId("RISK_BAO"))
						.param("schoolYear", "2021")
						.param("startDate", "2022-03-01")
						.param("endDate", "2022-02-01")
						.param("plannedHours", "10.1")
						.param("question", "Een vraag die bewaard moet blijven"))
			.getContentAsString();
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
		assertThat(form.text()).contains("Het formulier bevat fouten", "Kies een school.",
				"De einddatum mag niet voor de startdatum liggen.", "Geef de uren in kwartieren",
				"Kies de soort vraag.", "Kies de uitvoerende partner.");
		assertThat(form.select("textarea[name=question]").text()).isEqualTo("Een vraag die bewaard moet blijven");
		assertThat(form.select("input[name=startDate]").attr("value")).isEqualTo("2022-03-01");
		assertThat(form.select("#endDate-fout").text()).isEqualTo("De einddatum mag niet voor de startdatum liggen.");
	}

	@Test
	void hoursAboveTwoHundredAreRefused() throws Exception {
		String page = this.signedIn
			.as("coordinator",
					post("/trajecten/nieuw").with(csrf())
						.param("projectId", projectId("RISK_BAO"))
						.param("schoolYear", "2021")
						.param("plannedHours", "250"))
			.getContentAsString();
		assertThat(page).contains("Het aantal uren ligt tussen 0 en 200.");
	}

	@Test
	void aPupilNameOrNationalNumberOrADateOutsideTheSchoolYearNeedsAConfirmation() throws Exception {
		MockHttpServletRequestBuilder request = post("/trajecten/nieuw").with(csrf())
			.param("projectId", projectId("RISK_SO"))
			.param("schoolYear", "2021")
			.param("schoolId", schoolId("Atheneum Dijlestad (fictief)"))
			.param("partnerId", organisationId("Profo"))
			.param("startDate", "2023-01-10")
			.param("plannedHours", "10")
			.param("risk.questionType", "CURATIVE")
			.param("level", "SO")
			.param("question", "Klas 3B rond de leerling Jonas, rijksregister 85.07.30-033.28");
		String page = this.signedIn.as("coordinator", request).getContentAsString();
		assertThat(page).contains("deze datum valt buiten het gekozen schooljaar",
				"deze tekst lijkt een rijksregisternummer te bevatten", "Het formulier bevat waarschuwingen",
				"name=\"confirmWarnings\"");
		MockHttpServletResponse confirmed = this.signedIn.as("coordinator", request.param("confirmWarnings", "true"));
		assertThat(confirmed.getStatus()).isEqualTo(302);
	}

	@Test
	void aCoordinatorCannotOpenAnotherProjectsTrajectoryById() throws Exception {
		long naft = trajectoryOf("NAFT", null);
		assertThat(this.signedIn.status("coordinator", get("/trajecten/" + naft))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get("/trajecten/" + naft + "/bewerken"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator",
				post("/trajecten/" + naft + "/sessies").with(csrf())
					.param("sessionDate", "2021-11-02")
					.param("hours", "1")
					.param("activity", "x")))
			.isEqualTo(404);
		assertThat(this.signedIn.status("beheerder", get("/trajecten/" + naft))).isEqualTo(200);
	}

	@Test
	void aPartnerSeesOnlyWhatItsOrganisationExecutesAndMayLogSessionsButNotEdit() throws Exception {
		long own = trajectoryOf("RISK_SO", "Arktos");
		long other = trajectoryOf("RISK_SO", "Profo");
		assertThat(this.signedIn.status("partner", get("/trajecten/" + other))).isEqualTo(404);
		assertThat(this.signedIn.status("partner", get("/trajecten/" + own + "/bewerken"))).isEqualTo(403);
		MockHttpServletResponse logged = this.signedIn.as("partner",
				post("/trajecten/" + own + "/sessies").with(csrf())
					.param("sessionDate", dayInSchoolYearOf(own, 1, 12))
					.param("hours", "1.5")
					.param("activity", "Coaching van het team"));
		assertThat(logged.getStatus()).isEqualTo(302);
		assertThat(html("partner", "/trajecten/" + own)).contains("Coaching van het team", "Pia Partner (demo)");
		String list = html("partner", "/trajecten?schooljaar=2021-2022");
		assertThat(list).contains("Arktos").doesNotContain("Profo</td>").doesNotContain("N21-DEMO");
	}

	@Test
	void aSessionLoggedWithHtmxReturnsTheSessionsWithUpdatedTotals() throws Exception {
		long id = trajectoryOf("RISK_BAO", "De Schommel");
		String before = jdbc.sql("select logged_hours || '/' || session_count from trajectory where id = ?")
			.param(id)
			.query(String.class)
			.single();
		MockHttpServletResponse response = this.signedIn.as("coordinator",
				post("/trajecten/" + id + "/sessies").with(csrf())
					.header("HX-Request", "true")
					.param("sessionDate", dayInSchoolYearOf(id, 2, 3))
					.param("hours", "2.25")
					.param("activity", "Observatie in de klas"));
		assertThat(response.getStatus()).isEqualTo(200);
		String fragment = response.getContentAsString();
		assertThat(fragment).startsWith("<section id=\"sessies\"")
			.contains("Observatie in de klas", "De sessie is opgeslagen");
		String after = jdbc.sql("select logged_hours || '/' || session_count from trajectory where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(after).isNotEqualTo(before);
		String count = after.split("/")[1];
		assertThat(Jsoup.parse(fragment).select("#totalen span").text())
			.startsWith(count + (count.equals("1") ? " sessie, " : " sessies, "));
	}

	@Test
	void aSessionInOtherThanQuarterHoursIsRefusedNextToTheField() throws Exception {
		long id = trajectoryOf("RISK_BAO", "De Schommel");
		String page = this.signedIn
			.as("coordinator",
					post("/trajecten/" + id + "/sessies").with(csrf())
						.param("sessionDate", "2022-02-03")
						.param("hours", "1.1")
						.param("activity", ""))
			.getContentAsString();
		assertThat(page).contains("Geef de uren in kwartieren", "Beschrijf wat er gedaan werd.", "value=\"1,1\"");
	}

	@Test
	void aSessionNoteThatLooksLikeItNamesAPupilNeedsAConfirmation() throws Exception {
		long id = trajectoryOf("RISK_BAO", "UCLL");
		MockHttpServletRequestBuilder request = post("/trajecten/" + id + "/sessies").with(csrf())
			.param("sessionDate", "2022-02-10")
			.param("hours", "1")
			.param("activity", "Gesprek in de klas")
			.param("note", "Besproken met Emma Peeters en haar ouders");
		String page = this.signedIn.as("coordinator", request).getContentAsString();
		assertThat(page).contains("deze tekst lijkt de naam van een leerling te bevatten", "name=\"confirmWarnings\"",
				"Besproken met Emma Peeters");
		assertThat(this.signedIn.as("coordinator", request.param("confirmWarnings", "true")).getStatus())
			.isEqualTo(302);
	}

	@Test
	void theHistoryShowsEachChangedFieldWithItsOldAndNewValueAndNothingElse() throws Exception {
		long id = trajectoryOf("RISK_BAO", "Arktos");
		String status = jdbc.sql("select status from trajectory where id = ?").param(id).query(String.class).single();
		String hours = jdbc.sql("select trim_scale(planned_hours)::text from trajectory where id = ?")
			.param(id)
			.query(String.class)
			.single();
		var other = jdbc.sql("""
				select o.id, o.name from organisation o where o.name <> 'Arktos' and o.name ~ '^[A-Za-z ]+$'
				and exists (select 1 from trajectory t where t.partner_id = o.id)
				and exists (select 1 from project_executing_partner e join project p on p.id = e.project_id
				            where p.code = 'RISK_BAO' and e.organisation_id = o.id) order by o.id limit 1""")
			.query()
			.singleRow();
		assertThat(this.signedIn.as("coordinator", editRequest(id, null).param("status", status)).getStatus())
			.isEqualTo(302);
		MockHttpServletRequestBuilder edit = editRequest(id, null).param("status", status);
		edit.with((request) -> {
			request.setParameter("plannedHours", "12,5");
			request.setParameter("partnerId", other.get("id").toString());
			return request;
		});
		assertThat(this.signedIn.as("coordinator", edit).getStatus()).isEqualTo(302);
		List<List<String>> history = history("coordinator", id);
		assertThat(history).contains(
				List.of("Koen Coördinator (demo)", "Geplande uren", hours.replace(".", ",") + " u", "12,5 u"),
				List.of("Koen Coördinator (demo)", "Uitvoerende partner", "Arktos", other.get("name").toString()));
		assertThat(history).extracting((row) -> row.get(1)).doesNotContain("Status", "School");
	}

	@Test
	void onlyAllowedStatusChangesAreAcceptedAndTheChangeShowsInTheHistory() throws Exception {
		long id = jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_SO' and t.status = 'APPROVED' order by t.id limit 1""").query(Long.class).single();
		String form = html("coordinator", "/trajecten/" + id + "/bewerken");
		assertThat(form).contains("value=\"RUNNING\"").doesNotContain("value=\"FINISHED\"");
		MockHttpServletRequestBuilder edit = editRequest(id, null).param("status", "FINISHED");
		assertThat(this.signedIn.as("coordinator", edit).getContentAsString())
			.contains("Deze statuswijziging is niet toegestaan.");
		assertThat(this.signedIn.as("coordinator", editRequest(id, null).param("status", "RUNNING")).getStatus())
			.isEqualTo(302);
		assertThat(history("coordinator", id))
			.contains(List.of("Koen Coördinator (demo)", "Status", "Goedgekeurd", "Lopend"));
		assertThat(html("coordinator", "/trajecten/" + id)).doesNotContain("APPROVED</td>", "RUNNING</td>");
	}

	@Test
	void aStaleVersionShowsTheConflictAndKeepsWhatWasTyped() throws Exception {
		long id = trajectoryOf("RISK_BAO", "Arktos");
		MockHttpServletRequestBuilder stale = editRequest(id, "-1")
			.param("risk.evaluation", "Mijn nieuwe evaluatietekst")
			.param("status", "FINISHED");
		String page = this.signedIn.as("coordinator", stale).getContentAsString();
		assertThat(page).contains("Iemand anders heeft deze gegevens intussen gewijzigd", "Mijn nieuwe evaluatietekst");
	}

	@Test
	void readingAPupilLevelTrajectoryWritesAnAccessLogRowThatCannotBeChangedOrDeleted() throws Exception {
		long naft = trajectoryOf("NAFT", null);
		long before = logRows(naft);
		assertThat(this.signedIn.status("beheerder", get("/trajecten/" + naft))).isEqualTo(200);
		assertThat(logRows(naft)).isEqualTo(before + 1);
		Element newest = Jsoup.parse(html("beheerder", "/beheer/toegangslog?traject=" + naft))
			.selectFirst("main table tbody tr");
		assertThat(newest.select("td").eachText()).containsSubsequence("Bea Beheer (demo)", "Beheerder",
				String.valueOf(naft), "ingezien");
		assertThatThrownBy(() -> jdbc.sql("update trajectory_access_log set username = 'x' where trajectory_id = ?")
			.param(naft)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> jdbc.sql("delete from trajectory_access_log where trajectory_id = ?").param(naft).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void listingOrExportingPupilLevelTrajectoriesLogsEachOneShownAndNoOther() throws Exception {
		long naft = trajectoryOf("NAFT", null);
		String code = jdbc.sql("select pupil_code from trajectory where id = ?")
			.param(naft)
			.query(String.class)
			.single();
		String year = jdbc.sql("select school_year || '-' || (school_year + 1) from trajectory where id = ?")
			.param(naft)
			.query(String.class)
			.single();
		long before = logRows(naft);
		long risk = trajectoryOf("RISK_BAO", "Arktos");
		long riskBefore = logRows(risk);
		assertThat(html("beheerder", "/trajecten?schooljaar=" + year + "&zoek=" + code)).contains(code);
		assertThat(this.signedIn.status("beheerder",
				get("/trajecten/export.csv").param("schooljaar", year).param("zoek", code)))
			.isEqualTo(200);
		List<String> actions = jdbc.sql("select action from trajectory_access_log where trajectory_id = ? order by id")
			.param(naft)
			.query(String.class)
			.list();
		assertThat(actions.subList((int) before, actions.size())).containsExactly("LIST", "EXPORT");
		assertThat(logRows(risk)).isEqualTo(riskBefore).isZero();
	}

	@Test
	void everyReadAndWriteOfAPupilLevelTrajectoryIsLoggedAlsoWhenAFormIsRefused() throws Exception {
		long bridge = trajectoryOf("BRUGCOACHES", null);
		long before = logRows(bridge);
		assertThat(this.signedIn.status("beheerder", get("/trajecten/" + bridge + "/bewerken"))).isEqualTo(200);
		assertThat(this.signedIn.as("beheerder", bridgeEdit(bridge).param("bridge.coach", "")).getContentAsString())
			.contains("Geef de brugcoach.");
		assertThat(this.signedIn.status("beheerder", bridgeEdit(bridge).param("bridge.coach", "Brugcoach D (Arktos)")))
			.isEqualTo(302);
		assertThat(this.signedIn.as("beheerder", session(bridge, "1.1")).getContentAsString())
			.contains("Geef de uren in kwartieren");
		assertThat(this.signedIn.status("beheerder", session(bridge, "1"))).isEqualTo(302);
		List<String> actions = jdbc.sql("select action from trajectory_access_log where trajectory_id = ? order by id")
			.param(bridge)
			.query(String.class)
			.list();
		assertThat(actions.subList((int) before, actions.size())).containsExactly("READ", "READ", "UPDATE", "READ",
				"SESSION");
	}

	@Test
	void theAccessLogStaysAppendOnlyAlsoWhenTriggersAreSwitchedOffForReplication() throws Exception {
		Assumptions.assumeTrue(
				jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single(),
				"only a superuser may switch triggers off for replication");
		long naft = trajectoryOf("NAFT", null);
		this.signedIn.status("beheerder", get("/trajecten/" + naft));
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local session_replication_role = replica");
				assertThatThrownBy(() -> statement
					.executeUpdate("update trajectory_access_log set username = 'x' where trajectory_id = " + naft))
					.hasMessageContaining("append-only");
			}
			finally {
				connection.rollback();
			}
			connection.setAutoCommit(true);
		}
	}

	@Test
	void aNaftTrajectoryKeepsThePupilsLevelAndHoursInQuarterHours() throws Exception {
		MockHttpServletRequestBuilder request = post("/trajecten/nieuw").with(csrf())
			.param("projectId", projectId("NAFT"))
			.param("schoolYear", "2024")
			.param("schoolId", schoolId("Atheneum Dijlestad (fictief)"))
			.param("naft.referringClbId", organisationId("Vrij CLB Leuven"))
			.param("naft.referralDate", "2024-11-08")
			.param("naft.supplementary", "true")
			.param("plannedHours", "24")
			.param("naft.staffHours", "30.1");
		assertThat(this.signedIn.as("beheerder", request).getContentAsString()).contains("Kies het niveau.",
				"Geef de uren in kwartieren", "value=\"30,1\"");
		assertThat(this.signedIn.as("beheerder", request.param("level", "SAMEN_SPEL")).getContentAsString())
			.contains("Samen-Spel is geen niveau van een leerling.");
		MockHttpServletResponse created = this.signedIn.as("beheerder",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", projectId("NAFT"))
					.param("schoolYear", "2024")
					.param("schoolId", schoolId("Atheneum Dijlestad (fictief)"))
					.param("naft.referringClbId", organisationId("Vrij CLB Leuven"))
					.param("naft.referralDate", "2024-11-08")
					.param("naft.supplementary", "true")
					.param("plannedHours", "24")
					.param("naft.staffHours", "30.25")
					.param("level", "SO"));
		assertThat(created.getStatus()).isEqualTo(302);
		assertThat(html("beheerder", created.getRedirectedUrl())).contains("Niveau van de leerling",
				"Secundair onderwijs");
	}

	@Test
	void theSchoolYearOfATrajectoryCanBeCorrectedAndShowsInTheHistory() throws Exception {
		long id = jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_BAO' and t.school_year = 2021 and t.status = 'APPROVED'
				order by t.id desc limit 1""").query(Long.class).single();
		assertThat(this.signedIn.status("coordinator", editRequest(id, null, "2022").param("status", "APPROVED")))
			.isEqualTo(302);
		assertThat(jdbc.sql("select school_year from trajectory where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2022);
		assertThat(html("coordinator", "/trajecten/" + id)).contains("2021-2022", "2022-2023");
	}

	@Test
	void aChoiceThatIsNotInTheListIsRefusedNextToItsField() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("coordinator",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", projectId("RISK_BAO"))
					.param("schoolYear", "1999")
					.param("schoolId", "999999")
					.param("partnerId", "999999")
					.param("plannedHours", "10")
					.param("risk.questionType", "PREVENTIVE")
					.param("level", "BAO"));
		assertThat(response.getStatus()).isEqualTo(200);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#schoolYear-fout, #schoolId-fout, #partnerId-fout").eachText()).containsExactly(
				"Kies een waarde uit de lijst.", "Kies een waarde uit de lijst.", "Kies een waarde uit de lijst.");
	}

	@Test
	void theListFiltersLiveInTheAddressAndExportToCsvAndXlsx() throws Exception {
		String query = "?schooljaar=2021-2022&project=" + projectId("RISK_SO") + "&vraagtype=CURATIVE";
		String list = html("coordinator", "/trajecten" + query);
		assertThat(list).contains("Ris+K secundair onderwijs").doesNotContain("Ris+K basisonderwijs</td>");
		assertThat(org.jsoup.Jsoup.parse(list).select("option[selected]").eachAttr("value")).contains("CURATIVE");
		String csv = this.signedIn.as("coordinator", get("/trajecten/export.csv" + query)).getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).contains("Schooljaar", "School");
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(lines.subList(1, lines.size())).allMatch((line) -> line.contains("Leerling- of klasgebonden"));
		byte[] xlsx = this.signedIn.as("coordinator", get("/trajecten/export.xlsx" + query)).getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(lines.size());
		}
	}

	@Test
	void theListOpensOnTheLatestSchoolYearWithTrajectoriesAndCanShowAllYearsAndFilterBySchoolName() throws Exception {
		org.jsoup.nodes.Document opened = org.jsoup.Jsoup.parse(html("coordinator", "/trajecten"));
		String year = opened.select("#f-schooljaar option[selected]").attr("value");
		assertThat(year).matches("\\d{4}-\\d{4}");
		assertThat(opened.select("table tbody tr")).isNotEmpty();
		assertThat(opened.select("table tbody tr td:nth-child(4)").eachText()).allMatch(year::equals);
		// sorted by start date: other tests may add many newer trajectories without one
		String all = html("coordinator", "/trajecten?schooljaar=alle&schoolnaam=linde&sorteer=start");
		org.jsoup.nodes.Document allYears = org.jsoup.Jsoup.parse(all);
		assertThat(allYears.select("table tbody td").eachText()).contains("2021-2022", "Basisschool De Linde (fictief)")
			.doesNotContain("Kleuterschool Het Zonnewiel (fictief)");
		assertThat(all).contains("schooljaar=alle");
	}

	@Test
	void theListsCountFollowsATrajectoryCreatedInThePortal() throws Exception {
		// a first view keeps the count of every school year (the list has more than a
		// page)
		html("beheerder", "/trajecten?schooljaar=alle");
		MockHttpServletResponse created = this.signedIn.as("coordinator",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", projectId("RISK_BAO"))
					.param("schoolYear", "2021")
					.param("schoolId", schoolId("Basisschool De Linde (fictief)"))
					.param("partnerId", organisationId("De Schommel"))
					.param("startDate", "2021-10-04")
					.param("endDate", "2022-05-30")
					.param("plannedHours", "4")
					.param("risk.questionType", "PREVENTIVE")
					.param("level", "BAO")
					.param("question", "Het team wil de overgang naar het eerste leerjaar beter voorbereiden."));
		assertThat(created.getStatus()).isEqualTo(302);
		long all = this.jdbc.sql("select count(*) from trajectory").query(Long.class).single();
		org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(html("beheerder", "/trajecten?schooljaar=alle"));
		String shown = list.select("span:matches(^[\\d.]+ trajecten$)").text();
		assertThat(Long.parseLong(shown.replaceAll("\\D", ""))).isEqualTo(all);
	}

	@Test
	void theCoordinatorDoesNotSeeOtherProjectsInTheList() throws Exception {
		String list = html("coordinator", "/trajecten?soort=NAFT");
		assertThat(list).contains("Geen trajecten gevonden");
	}

	@Test
	void theDashboardShowsTargetsAgainstWhatIsDoneAndLastYear() throws Exception {
		String page = html("coordinator", "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(page).contains("Ris+K basisonderwijs", "Ris+K secundair onderwijs", "<meter", "<progress")
			.doesNotContain("Brugcoaches");
		assertThat(page).containsPattern("project-RISK_BAO[\\s\\S]*?<td>\\d+</td>\\s*<td>19</td>");
		assertThat(page).contains("16 trajecten");
		assertThat(page).containsPattern("project-RISK_BAO[\\s\\S]*?doel in de actieplanning: 190 u<");
	}

	@Test
	void theCitySeesAggregatesOnlyWithSmallPupilCountsSuppressed() throws Exception {
		String page = html("stad", "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(page).contains("Naft", "Brugcoaches", "Je ziet enkel totalen", "minder dan 5")
			.doesNotContain("N21-DEMO")
			.doesNotContain("/trajecten/1\"");
		assertThat(this.signedIn.status("stad", get("/trajecten/" + trajectoryOf("NAFT", null)))).isEqualTo(403);
		assertThat(this.signedIn.status("stad", get("/trajecten"))).isEqualTo(403);
	}

	@Test
	void theExportLinksCarryTheFiltersPercentEncodedAPlusIncluded() throws Exception {
		String list = this.signedIn.as("beheerder",
				get("/trajecten").param("schooljaar", "alle").param("zoek", "Ris+K & co").param("schoolnaam", "a=b#c"))
			.getContentAsString();
		assertThat(list).contains(
				"href=\"/trajecten/export.csv?schooljaar=alle&amp;schoolnaam=a%3Db%23c&amp;zoek=Ris%2BK%20%26%20co\"");
		assertThat(list).contains("/trajecten/export.xlsx?schooljaar=alle&amp;schoolnaam=a%3Db%23c&amp;zoek=Ris%2BK");
	}

	private MockHttpServletRequestBuilder editRequest(long id, String version) {
		return editRequest(id, version, "2021");
	}

	private MockHttpServletRequestBuilder editRequest(long id, String version, String schoolYear) {
		var row = jdbc.sql("""
				select t.school_id, t.partner_id, t.planned_hours, t.question_type, t.level, t.version, t.status,
				       t.start_date, t.end_date from trajectory t where t.id = ?""").param(id).query().singleRow();
		MockHttpServletRequestBuilder request = post("/trajecten/" + id + "/bewerken").with(csrf())
			.param("schoolYear", schoolYear)
			.param("schoolId", row.get("school_id").toString())
			.param("partnerId", row.get("partner_id").toString())
			.param("plannedHours", row.get("planned_hours").toString())
			.param("risk.questionType", row.get("question_type").toString())
			.param("level", row.get("level").toString())
			.param("startDate", row.get("start_date").toString())
			.param("endDate", row.get("end_date").toString())
			.param("confirmWarnings", "true");
		return request.param("version", (version != null) ? version : row.get("version").toString());
	}

	private MockHttpServletRequestBuilder bridgeEdit(long id) {
		var row = jdbc.sql("""
				select t.school_id, t.partner_id, t.planned_hours, t.version, t.status from trajectory t
				where t.id = ?""").param(id).query().singleRow();
		return post("/trajecten/" + id + "/bewerken").with(csrf())
			.param("schoolYear", "2021")
			.param("schoolId", row.get("school_id").toString())
			.param("partnerId", row.get("partner_id").toString())
			.param("plannedHours", row.get("planned_hours").toString())
			.param("status", row.get("status").toString())
			.param("confirmWarnings", "true")
			.param("version", row.get("version").toString());
	}

	private MockHttpServletRequestBuilder session(long id, String hours) {
		return post("/trajecten/" + id + "/sessies").with(csrf())
			.param("sessionDate", "2022-01-20")
			.param("hours", hours)
			.param("activity", "Opvolggesprek");
	}

	/** The cells after "when" of each row of a trajectory's change history. */
	private List<List<String>> history(String who, long id) throws Exception {
		Element table = Jsoup.parse(html(who, "/trajecten/" + id))
			.selectFirst("section[aria-labelledby=historiek-titel] table");
		return table.select("tbody tr")
			.stream()
			.map((row) -> row.select("td").stream().map(Element::text).toList().subList(1, 5))
			.toList();
	}

	/**
	 * A day (ISO) in the school year of a trajectory, month 1–8 in its second calendar
	 * year.
	 */
	private String dayInSchoolYearOf(long id, int month, int day) {
		int year = jdbc.sql("select school_year from trajectory where id = ?").param(id).query(Integer.class).single();
		return java.time.LocalDate.of(year + 1, month, day).toString();
	}

	private long logRows(long trajectoryId) {
		return jdbc.sql("select count(*) from trajectory_access_log where trajectory_id = ?")
			.param(trajectoryId)
			.query(Long.class)
			.single();
	}

	private long trajectoryOf(String projectCode, String partner) {
		return jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				left join organisation o on o.id = t.partner_id
				where p.code = ? and (cast(? as varchar) is null or o.name = ?) order by t.id limit 1""")
			.params(projectCode, partner, partner)
			.query(Long.class)
			.single();
	}

	private String projectId(String code) {
		return jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single().toString();
	}

	private String schoolId(String name) {
		return jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single().toString();
	}

	private String organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single().toString();
	}

	private String html(String username, String path) throws Exception {
		return this.signedIn.as(username, get(path)).getContentAsString();
	}

}
