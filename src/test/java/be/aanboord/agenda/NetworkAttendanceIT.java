package be.aanboord.agenda;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A learning network in a school year: the member schools come from the schools'
 * membership, coordinators add the people taking part and mark who attended, and each
 * school's attendance rate over the meetings held is shown the Belgian way (4 of 5, 80
 * %). The network's year here is 2019-2020 (five test meetings, no demo data), removed
 * afterwards.
 */
@IntegrationTest
class NetworkAttendanceIT {

	private static final String PAGE = "/agenda/netwerken/clz-buo?schooljaar=2019-2020";

	private static final String ANKER = "BuSO Het Anker (fictief)";

	private static final String HORIZON = "Buitengewone Basisschool De Horizon (fictief)";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fiveMeetingsAndTwoMembers() {
		removeTheTestsRows();
		for (int n = 1; n <= 5; n++) {
			this.jdbc
				.sql("""
						insert into activity (slug, type, learning_network, title, starts_at, ends_at, status)
						values (?, 'NETWORK_MEETING', 'CLZ_SPECIAL', ?, timestamptz '2019-10-01 14:00+02' + ? * interval '1 month',
						        timestamptz '2019-10-01 16:00+02' + ? * interval '1 month', 'PUBLISHED')""")
				.params("test-clz-buo-2019-" + n, "Testnetwerk BuO " + n, n - 1, n - 1)
				.update();
		}
		this.jdbc.sql("""
				insert into school_network_membership (school_id, school_year, network)
				select id, 2019, 'CLZ_SPECIAL' from school where name in (?, ?)""").params(ANKER, HORIZON).update();
	}

	@AfterEach
	void removeTheTestsRows() {
		this.jdbc.sql("delete from activity where slug like 'test-clz-buo-2019-%'").update();
		this.jdbc.sql("delete from school_network_membership where school_year = 2019 and network = 'CLZ_SPECIAL'")
			.update();
	}

	private long participant(String name) {
		return this.jdbc.sql("select id from network_participant where full_name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	private long school(String name) {
		return this.jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder attended(int meeting, long... people) {
		MockHttpServletRequestBuilder request = post("/agenda/netwerken/vergadering/test-clz-buo-2019-" + meeting)
			.with(csrf());
		for (long person : people) {
			request = request.param("aanwezig", String.valueOf(person));
		}
		return request;
	}

	@Test
	void membersPeopleAttendanceAndTheRatePerSchool() throws Exception {
		Document empty = this.signedIn.page("partner", get(PAGE));
		assertThat(empty.select("#scholen h3").eachText()).containsExactly(ANKER, HORIZON);
		assertThat(empty.select("#vergaderingen li")).hasSize(5);
		assertThat(empty.select("#scholen form")).as("a partner reads, without forms").isEmpty();

		assertThat(this.signedIn.status("partner",
				post("/agenda/netwerken/clz-buo/2019-2020/deelnemers").with(csrf())
					.param("schoolId", "" + school(ANKER))
					.param("fullName", "Ilse Test")))
			.isEqualTo(403);
		this.signedIn.as("coordinator",
				post("/agenda/netwerken/clz-buo/2019-2020/deelnemers").with(csrf())
					.param("schoolId", "" + school(ANKER))
					.param("fullName", "Ilse Test")
					.param("functionTitle", "Pedagogisch verantwoordelijke"));
		this.signedIn.as("coordinator",
				post("/agenda/netwerken/clz-buo/2019-2020/deelnemers").with(csrf())
					.param("schoolId", "" + school(HORIZON))
					.param("fullName", "Frank Test"));
		// a school that is no member that year is refused
		assertThat(this.signedIn
			.result("coordinator",
					post("/agenda/netwerken/clz-buo/2019-2020/deelnemers").with(csrf())
						.param("schoolId", "" + school("BuSO De Kompasroos (fictief)"))
						.param("fullName", "Gitte Test"))
			.getFlashMap()
			.get("refused")).isEqualTo("network.rule.notAMember");

		long ilse = participant("Ilse Test");
		long frank = participant("Frank Test");
		assertThat(this.signedIn.status("partner", attended(1, ilse))).isEqualTo(403);
		for (int meeting = 1; meeting <= 4; meeting++) {
			this.signedIn.as("coordinator", attended(meeting, ilse));
		}
		this.signedIn.as("beheerder", attended(1, ilse, frank));
		this.signedIn.as("beheerder", attended(5, ilse));

		Document page = this.signedIn.page("partner", get(PAGE));
		assertThat(page.select("#scholen .card").get(0).text()).contains(ANKER)
			.contains("Ilse Test")
			.contains("Pedagogisch verantwoordelijke")
			.contains("5 van 5 bijeenkomsten aanwezig (100 %)");
		assertThat(page.select("#scholen .card").get(1).text()).contains(HORIZON)
			.contains("1 van 5 bijeenkomsten aanwezig (20 %)");

		this.signedIn.as("beheerder", attended(5));
		assertThat(this.signedIn.page("partner", get(PAGE)).select("#scholen .card").get(0).text())
			.contains("4 van 5 bijeenkomsten aanwezig (80 %)");
		assertThat(this.signedIn.page("partner", get(PAGE + "&lang=en")).select("#scholen .card").get(0).text())
			.contains("Attended 4 of 5 meetings (80%)");

		Document meeting = this.signedIn.page("partner", get("/agenda/netwerken/vergadering/test-clz-buo-2019-1"));
		assertThat(meeting.select("input[name=aanwezig][checked]")).hasSize(2);
		assertThat(meeting.select("main form button[type=submit], #inhoud form button[type=submit]")).isEmpty();
	}

	@Test
	void onlyLabMembersSeeTheNetworks() throws Exception {
		assertThat(this.signedIn.status("stad", get(PAGE))).isEqualTo(403);
		assertThat(this.signedIn.status("redactie", get("/agenda/netwerken"))).isEqualTo(403);
		assertThat(this.signedIn.as(null, get(PAGE)).getRedirectedUrl()).endsWith("/login");
		assertThat(this.signedIn.status("coordinator", get("/agenda/netwerken/geen-netwerk"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get("/agenda/netwerken/clz-buo?schooljaar=2019")))
			.isEqualTo(404);
	}

	@Test
	void aNameIsRequiredAndTheInputIsKept() throws Exception {
		Document page = this.signedIn.page("coordinator",
				post("/agenda/netwerken/clz-buo/2019-2020/deelnemers").with(csrf())
					.param("schoolId", "" + school(ANKER))
					.param("fullName", " ")
					.param("functionTitle", "Orthopedagoog"));
		assertThat(page.select("#fullName-fout").text()).isEqualTo("Vul dit veld in.");
		assertThat(page.select("#functionTitle").val()).isEqualTo("Orthopedagoog");
	}

}
