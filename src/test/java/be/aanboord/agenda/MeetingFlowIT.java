package be.aanboord.agenda;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A lab meeting's whole record per role: the agenda, minutes written as a draft and
 * approved (then mailed, after the commit, to those who follow the lab by its minutes
 * only), an action point that returns on the next meeting's agenda until it is done, and
 * the funding requests recorded as discussed at the meeting. The meetings are the test's
 * own activities (two in 2019, before any demo meeting), removed afterwards.
 */
@IntegrationTest
class MeetingFlowIT {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	private static final String FIRST = "/agenda/vergaderingen/test-labo-2019-1";

	private static final String NEXT = "/agenda/vergaderingen/test-labo-2019-2";

	private static final int BUDGET_YEAR = 2026;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void twoMeetings() {
		removeTheTestsRows();
		this.jdbc.sql("""
				insert into activity (slug, type, title, starts_at, ends_at, address, status) values
				('test-labo-2019-1', 'LAB_MEETING', 'Testlabo oktober 2019', timestamptz '2019-10-14 14:00+02',
				 timestamptz '2019-10-14 16:00+02', 'Stadhuis Leuven', 'PUBLISHED'),
				('test-labo-2019-2', 'LAB_MEETING', 'Testlabo februari 2020', timestamptz '2020-02-10 14:00+01',
				 timestamptz '2020-02-10 16:00+01', 'Stadhuis Leuven', 'PUBLISHED')""").update();
		this.jdbc.sql("""
				update person set email = lower(replace(full_name, ' ', '.')) || '@example.org'
				where lab_role = 'MINUTES_ONLY' and email is null""").update();
	}

	@AfterEach
	void removeTheTestsRows() {
		this.jdbc.sql("delete from activity where slug like 'test-labo-%'").update();
		this.jdbc.sql("delete from funding_request where school_year = ?").param(BUDGET_YEAR).update();
	}

	private long meetingId(String slug) {
		return this.jdbc.sql("select id from activity where slug = ?").param(slug).query(Long.class).single();
	}

	private long person(String name) {
		return this.jdbc.sql("select id from person where full_name = ?").param(name).query(Long.class).single();
	}

	@Test
	void membersReadTheMeetingAndOnlyTheLabAndCoordinatorsWrite() throws Exception {
		assertThat(this.signedIn.status("partner", get(FIRST))).isEqualTo(200);
		assertThat(this.signedIn.status("stad", get(FIRST))).isEqualTo(403);
		assertThat(this.signedIn.status("redactie", get(FIRST))).isEqualTo(403);
		MockHttpServletResponse anonymous = this.signedIn.as(null, get(FIRST));
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(this.signedIn.status("partner",
				post(FIRST + "/agendapunten").with(csrf()).param("title", "Een punt van een partner")))
			.isEqualTo(403);

		this.signedIn.as("coordinator",
				post(FIRST + "/agendapunten").with(csrf()).param("title", "Stand van zaken Ris+K"));
		this.signedIn.as("coordinator",
				post(FIRST + "/deelnemers").with(csrf()).param("personId", "" + person("Marleen Verhaegen")));
		this.signedIn.as("coordinator", post(FIRST + "/besluiten").with(csrf()).param("text", "De toolbox start."));
		Document page = this.signedIn.page("partner", get(FIRST));
		assertThat(page.select("#agenda li").eachText()).anyMatch((item) -> item.contains("Stand van zaken Ris+K"));
		assertThat(page.select("#deelnemers li").text()).contains("Marleen Verhaegen").contains("Voorzitterschap");
		assertThat(page.select("#besluiten li").text()).contains("De toolbox start.");
		assertThat(page.select("#agenda form")).as("a partner reads, without forms").isEmpty();

		// people who follow by the minutes only are no participants
		MvcResult refused = this.signedIn.result("beheerder",
				post(FIRST + "/deelnemers").with(csrf()).param("personId", "" + person("Kristien Moens")));
		assertThat(refused.getFlashMap().get("refused")).isEqualTo("meeting.rule.notAParticipant");
	}

	@Test
	void badInputIsRefusedInDutchWithTheInputKept() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder",
				post(FIRST + "/actiepunten").with(csrf())
					.param("description", "")
					.param("ownerId", "" + person("Tom Vandeputte"))
					.param("deadline", "0025-01-01"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#description-fout").text()).isEqualTo("Vul dit veld in.");
		assertThat(page.select("#deadline-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
		assertThat(page.select("#ownerId option[selected]").text()).contains("Tom Vandeputte");
		assertThat(this.signedIn.status("beheerder",
				post("/agenda/vergaderingen/actiepunten/0").with(csrf())
					.param("status", "KLAAR")
					.param("version", "0")
					.param("vergadering", "test-labo-2019-1")))
			.isEqualTo(400);
	}

	@Test
	void approvedMinutesAreMailedToThoseWhoFollowByTheMinutesAndNoLongerChange() throws Exception {
		assertThat(this.signedIn.status("coordinator", get(FIRST + "/verslag"))).isEqualTo(200);
		assertThat(this.signedIn.status("partner", get(FIRST + "/verslag"))).isEqualTo(403);
		this.signedIn.as("coordinator",
				post(FIRST + "/verslag").with(csrf())
					.param("text", "## Ris+K\n\nBeide netwerken zijn gestart.<script>alert(1)</script>")
					.param("version", "0"));
		Document draft = this.signedIn.page("partner", get(FIRST));
		assertThat(draft.select("#verslag .minutes h2").text()).isEqualTo("Ris+K");
		assertThat(draft.select("#verslag .minutes script")).isEmpty();
		assertThat(draft.select("#verslag").text()).contains("Ontwerp");

		assertThat(
				this.signedIn.status("partner", post(FIRST + "/verslag/goedkeuren").with(csrf()).param("version", "0")))
			.isEqualTo(403);
		this.signedIn.as("beheerder", post(FIRST + "/verslag/goedkeuren").with(csrf()).param("version", "0"));
		assertThat(this.jdbc.sql("select status from meeting_minutes where activity_id = ?")
			.param(meetingId("test-labo-2019-1"))
			.query(String.class)
			.single()).isEqualTo("APPROVED");

		List<String> recipients = this.jdbc
			.sql("select email from person where lab_role = 'MINUTES_ONLY' and email is not null")
			.query(String.class)
			.list();
		assertThat(recipients).isNotEmpty();
		List<MimeMessage> mails = awaitMails("Verslag van Testlabo oktober 2019 (14/10/2019)", recipients.size());
		List<String> to = new ArrayList<>();
		for (MimeMessage message : mails) {
			assertThat(message.getRecipients(Message.RecipientType.TO)).hasSize(1);
			to.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
			assertThat(GreenMailUtil.getBody(message)).contains("Beide netwerken zijn gestart.");
		}
		assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);

		MvcResult again = this.signedIn.result("beheerder",
				post(FIRST + "/verslag").with(csrf()).param("text", "Gewijzigd").param("version", "1"));
		assertThat(again.getFlashMap().get("refused")).isEqualTo("meeting.rule.minutesApproved");
		assertThat(this.signedIn.as("beheerder", get(FIRST + "/verslag")).getRedirectedUrl())
			.isEqualTo(FIRST + "#verslag");
	}

	@Test
	void anActionPointReturnsOnTheNextMeetingsAgendaUntilItIsDone() throws Exception {
		this.signedIn.as("coordinator",
				post(FIRST + "/actiepunten").with(csrf())
					.param("description", "Overzicht van de wachtlijsten bezorgen")
					.param("ownerId", "" + person("Ruben Goris"))
					.param("deadline", "2019-12-01"));
		Document first = this.signedIn.page("partner", get(FIRST));
		assertThat(first.select("#actiepunten li").text()).contains("Overzicht van de wachtlijsten bezorgen")
			.contains("Ruben Goris")
			.contains("01/12/2019")
			.contains("Open");

		Document next = this.signedIn.page("partner", get(NEXT));
		assertThat(next.select("#agenda .carried-over").text()).contains("Overzicht van de wachtlijsten bezorgen")
			.contains("Testlabo oktober 2019");

		long id = this.jdbc.sql("select id from meeting_action_point where description = ?")
			.param("Overzicht van de wachtlijsten bezorgen")
			.query(Long.class)
			.single();
		this.signedIn.as("coordinator",
				post("/agenda/vergaderingen/actiepunten/" + id).with(csrf())
					.param("status", "IN_PROGRESS")
					.param("version", "0")
					.param("vergadering", "test-labo-2019-2"));
		assertThat(this.signedIn.page("partner", get(NEXT)).select("#agenda .carried-over").text()).contains("Bezig");
		// a stale version is a conflict, nothing is saved
		MvcResult stale = this.signedIn.result("coordinator",
				post("/agenda/vergaderingen/actiepunten/" + id).with(csrf())
					.param("status", "DONE")
					.param("version", "0")
					.param("vergadering", "test-labo-2019-2"));
		assertThat(stale.getFlashMap().get("refused")).isEqualTo("form.conflict");
		this.signedIn.as("beheerder",
				post("/agenda/vergaderingen/actiepunten/" + id).with(csrf())
					.param("status", "DONE")
					.param("version", "1")
					.param("vergadering", "test-labo-2019-2"));
		assertThat(this.signedIn.page("partner", get(NEXT)).select("#agenda .carried-over")).isEmpty();
		assertThat(this.signedIn.page("partner", get(FIRST)).select("#actiepunten li").text()).contains("Afgerond");
	}

	@Test
	void theLabRecordsTheFundingRequestsAsDiscussedAtTheMeeting() throws Exception {
		this.jdbc.sql("""
				insert into budget_plan (title, first_year, last_year) values ('Testplan 2026-2027', 2026, 2026)
				on conflict (title) do nothing""").update();
		this.jdbc
			.sql("""
					insert into budget_year (school_year, plan_id, envelope, step, opened_on)
					select ?, id, 50000.00, 'REQUESTS_OPEN', current_date from budget_plan where title = 'Testplan 2026-2027'
					on conflict (school_year) do update set step = 'REQUESTS_OPEN', discussed_on = null,
					    discussed_meeting_id = null, advice_sent_on = null, decided_on = null, reported_on = null,
					    evaluated_on = null, version = budget_year.version + 1""")
			.param(BUDGET_YEAR)
			.update();
		this.jdbc.sql("""
				insert into funding_request (school_year, project_id, requested, personnel)
				select ?, id, 12500.00, 12500.00 from project where code = 'CLZ'""").param(BUDGET_YEAR).update();
		int version = this.jdbc.sql("select version from budget_year where school_year = ?")
			.param(BUDGET_YEAR)
			.query(Integer.class)
			.single();

		assertThat(this.signedIn.status("coordinator",
				post(FIRST + "/budget").with(csrf())
					.param("schooljaar", "" + BUDGET_YEAR)
					.param("version", "" + version)))
			.isEqualTo(403);
		assertThat(this.signedIn.page("beheerder", get(FIRST)).select("#budget form button").eachText())
			.contains("Aanvragen 2026-2027 besproken op deze vergadering");
		this.signedIn.as("beheerder",
				post(FIRST + "/budget").with(csrf())
					.param("schooljaar", "" + BUDGET_YEAR)
					.param("version", "" + version));

		assertThat(this.jdbc.sql("select step || ' ' || discussed_meeting_id from budget_year where school_year = ?")
			.param(BUDGET_YEAR)
			.query(String.class)
			.single()).isEqualTo("DISCUSSED " + meetingId("test-labo-2019-1"));
		assertThat(this.jdbc.sql("""
				select count(*) from budget_change
				where school_year = ? and what = 'step' and new_value = 'DISCUSSED'""")
			.param(BUDGET_YEAR)
			.query(Integer.class)
			.single()).isPositive();
		Document page = this.signedIn.page("partner", get(FIRST));
		assertThat(page.select("#budget").text()).contains("2026-2027").contains("€ 12.500,00");
		assertThat(page.select("#budget form")).isEmpty();

		// a stale version changes nothing
		MvcResult stale = this.signedIn.result("beheerder",
				post(NEXT + "/budget").with(csrf())
					.param("schooljaar", "" + BUDGET_YEAR)
					.param("version", "" + version));
		assertThat(stale.getFlashMap().get("refused")).isEqualTo("form.conflict");
	}

	/** The mails whose subject contains the text, waiting up to ten seconds for them. */
	private static List<MimeMessage> awaitMails(String subject, int count) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<MimeMessage> found = new ArrayList<>();
		while (System.nanoTime() < until) {
			found.clear();
			for (MimeMessage received : mail.getReceivedMessages()) {
				if (received.getSubject().contains(subject)) {
					found.add(received);
				}
			}
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("expected " + count + " mails with the subject " + subject + ", got " + found.size());
	}

}
