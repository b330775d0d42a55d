package be.aanboord.agenda;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The organisers' flow, role by role: an administrator or a coordinator of an organising
 * project creates, publishes, raises the capacity of and cancels an activity; a
 * coordinator of another project, a partner and the others are refused; a visitor is sent
 * to sign in. Bad input comes back as a Dutch error with the input kept.
 */
@IntegrationTest
class ActivityAdminIT {

	private static final String DAY = LocalDate.now().plusMonths(2).toString();

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestActivities() {
		this.jdbc.sql("delete from activity where slug like 'testactiviteit%'").update();
	}

	@Test
	void aCoordinatorCreatesPublishesRaisesAndCancelsAnActivityOfTheirProject() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("coordinator",
				form(post("/agenda/beheer/nieuw"), "Testactiviteit leerlabo", "0")
					.param("programme[0].title", "Onthaal")
					.param("programme[0].kind", "PLENARY")
					.param("programme[0].startTime", "14:00")
					.param("programme[0].endTime", "14:30")
					.param("programme[1].title", "Workshop A")
					.param("programme[1].kind", "WORKSHOP")
					.param("programme[1].startTime", "14:30")
					.param("programme[1].endTime", "16:00")
					.param("programme[1].capacity", "12"));
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().substring("/agenda/beheer/".length()));
		String slug = this.jdbc.sql("select slug from activity where id = ?").param(id).query(String.class).single();
		assertThat(slug).startsWith("testactiviteit-leerlabo-");
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(this.jdbc.sql("select count(*) from activity_programme_item where activity_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);

		// a draft is not on the agenda, but its organisers see a preview
		assertThat(this.signedIn.status(null, get("/agenda/" + slug))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get("/agenda/" + slug))).isEqualTo(200);

		// published, everyone sees it, with its programme in Brussels time
		assertThat(this.signedIn.as("coordinator", post("/agenda/beheer/" + id + "/publiceren").with(csrf()))
			.getRedirectedUrl()).isEqualTo("/agenda/beheer/" + id);
		assertThat(status(id)).isEqualTo("PUBLISHED");
		Document page = this.signedIn.page(null, get("/agenda/" + slug));
		assertThat(page.select("h1").text()).isEqualTo("Testactiviteit leerlabo");
		assertThat(page.select(".agenda-programme").text()).contains("14:30 – 16:00", "Workshop A", "12 plaatsen");

		// the capacity is only raised
		this.signedIn.as("coordinator",
				post("/agenda/beheer/" + id + "/capaciteit").with(csrf()).param("capaciteit", "5"));
		assertThat(capacity(id)).isEqualTo(20);
		this.signedIn.as("coordinator",
				post("/agenda/beheer/" + id + "/capaciteit").with(csrf()).param("capaciteit", "30"));
		assertThat(capacity(id)).isEqualTo(30);

		// editing keeps the programme rows by identity; removing one deletes it
		Document edit = this.signedIn.page("coordinator", get("/agenda/beheer/" + id));
		String version = edit.select("input[name=version]").val();
		String firstId = edit.select("input[name='programme[0].id']").val();
		assertThat(this.signedIn
			.as("coordinator",
					form(post("/agenda/beheer/" + id), "Testactiviteit leerlabo (gewijzigd)", version)
						.param("programme[0].id", firstId)
						.param("programme[0].title", "Onthaal")
						.param("programme[0].kind", "PLENARY")
						.param("programme[0].startTime", "14:00")
						.param("programme[0].endTime", "14:30")
						.param("programme[0].remove", "true"))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from activity_programme_item where activity_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();

		// a form opened before that save is refused with the conflict message
		Document conflict = this.signedIn.page("coordinator",
				form(post("/agenda/beheer/" + id), "Testactiviteit te laat", version));
		assertThat(conflict.select(".alert-warning").text()).contains("Iemand anders");
		assertThat(conflict.select("input[name=title]").val()).isEqualTo("Testactiviteit te laat");

		// cancelled: it stays on the agenda, marked so
		this.signedIn.as("coordinator", post("/agenda/beheer/" + id + "/annuleren").with(csrf()));
		assertThat(status(id)).isEqualTo("CANCELLED");
		assertThat(this.signedIn.page(null, get("/agenda/" + slug)).select(".alert-danger").text())
			.contains("geannuleerd");

		// the report after the activity, Markdown rendered without script
		String now = String.valueOf(
				this.jdbc.sql("select version from activity where id = ?").param(id).query(Integer.class).single());
		this.signedIn.as("coordinator",
				post("/agenda/beheer/" + id + "/verslag").with(csrf())
					.param("versie", now)
					.param("verslag", "**Goed** verlopen <script>alert(1)</script>"));
		// documents: checked by their content, public with the activity
		MockHttpServletResponse refused = this.signedIn.as("coordinator",
				multipart("/agenda/beheer/" + id + "/documenten")
					.file(new MockMultipartFile("bestand", "slides.pdf", "application/pdf",
							"#!/bin/sh\necho niet echt".getBytes(StandardCharsets.UTF_8)))
					.with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from activity_document where activity_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		this.signedIn.as("coordinator",
				multipart("/agenda/beheer/" + id + "/documenten")
					.file(new MockMultipartFile("bestand", "C:\\map\\foto.png", "image/png", png()))
					.param("titel", "Groepsfoto")
					.with(csrf()));
		long document = this.jdbc.sql("select id from activity_document where activity_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		MockHttpServletResponse download = this.signedIn.as(null, get("/agenda/" + slug + "/documenten/" + document));
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(download.getHeader("Content-Disposition")).contains("foto.png").doesNotContain("map");

		Document reported = this.signedIn.page(null, get("/agenda/" + slug));
		assertThat(reported.select("#documenten-titel + ul a").text()).isEqualTo("Groepsfoto");
		assertThat(reported.select("#verslag-titel + div strong").text()).isEqualTo("Goed");
		assertThat(reported.select("main script")).isEmpty();
	}

	@Test
	void onlyOrganisersOfTheActivityMayChangeIt() throws Exception {
		long bao = this.jdbc.sql("select id from activity where slug = 'leerlabo-bao-2026'").query(Long.class).single();
		String otherCoordinator = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		this.jdbc.sql("""
				insert into account_project (account_id, project_id)
				select a.id, p.id from account a, project p where a.username = ? and p.code = 'NAFT'""")
			.param(otherCoordinator)
			.update();

		assertThat(this.signedIn.status("beheerder", get("/agenda/beheer/" + bao))).isEqualTo(200);
		assertThat(this.signedIn.status("coordinator", get("/agenda/beheer/" + bao))).isEqualTo(200);
		assertThat(this.signedIn.status(otherCoordinator, get("/agenda/beheer/" + bao))).isEqualTo(403);
		assertThat(this.signedIn.status(otherCoordinator, post("/agenda/beheer/" + bao + "/annuleren").with(csrf())))
			.isEqualTo(403);
		assertThat(this.signedIn.status("partner", get("/agenda/beheer/" + bao))).isEqualTo(403);
		assertThat(this.signedIn.status("partner", get("/agenda/beheer"))).isEqualTo(403);
		MockHttpServletResponse anonymous = this.signedIn.as(null, get("/agenda/beheer/" + bao));
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(status(bao)).isEqualTo("PUBLISHED");

		// a coordinator lists their projects' activities only, and creates none for
		// another project
		Document list = this.signedIn.page(otherCoordinator, get("/agenda/beheer"));
		assertThat(list.text()).doesNotContain("Leerlabo basisonderwijs");
		long risk = this.jdbc.sql("select id from project where code = 'RISK_BAO'").query(Long.class).single();
		Document refused = this.signedIn.page(otherCoordinator,
				form(post("/agenda/beheer/nieuw"), "Testactiviteit elders", "0", "projectIds", String.valueOf(risk)));
		assertThat(refused.select("#projectIds-fout").text()).contains("eigen projecten");
		assertThat(this.jdbc.sql("select count(*) from activity where slug like 'testactiviteit%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badInputComesBackInDutchWithTheInputKept() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder",
				form(post("/agenda/beheer/nieuw"), "Testactiviteit fout", "0", "endTime", "09:00", "capacity", "veel",
						"onlineLink", "javascript:alert(1)", "programme[0].title", "Zonder uren",
						"programme[0].startTime", "25:99"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(page.text()).contains("Het einde ligt voor het begin.", "Deze waarde is niet geldig.",
				"Geef een webadres dat begint met https:// of http://.");
		assertThat(page.select("input[name=title]").val()).isEqualTo("Testactiviteit fout");
		assertThat(page.select("input[name='programme[0].title']").val()).isEqualTo("Zonder uren");

		// the button to add a programme row shows the form again, one row more, saving
		// nothing
		Document more = this.signedIn.page("beheerder", form(post("/agenda/beheer/nieuw"), "Testactiviteit rijen", "0",
				"programme[0].title", "", "programme[1].title", "", "rijToevoegen", "1"));
		assertThat(more.select("input[name$='].title']")).hasSize(ActivityForm.EMPTY_ROWS + 1);
		assertThat(this.jdbc.sql("select count(*) from activity where slug like 'testactiviteit%'")
			.query(Long.class)
			.single()).isZero();

		assertThat(this.signedIn.status("beheerder", get("/agenda/beheer/999999"))).isEqualTo(404);
		assertThat(this.signedIn.status("beheerder", get("/agenda/beheer?pagina=-1"))).isEqualTo(200);
	}

	/**
	 * A filled activity form; {@code overrides} are name and value pairs that replace (or
	 * add to) the defaults.
	 */
	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String version,
			String... overrides) {
		long risk = this.jdbc.sql("select id from project where code = 'RISK_BAO'").query(Long.class).single();
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("version", version);
		fields.put("title", title);
		fields.put("type", "LEERLABO");
		fields.put("description", "Een *test*.");
		fields.put("startDate", DAY);
		fields.put("startTime", "14:00");
		fields.put("endTime", "16:30");
		fields.put("address", "Leuven");
		fields.put("audiences", "TEACHER");
		fields.put("levels", "BAO");
		fields.put("capacity", "20");
		fields.put("registrationRequired", "true");
		fields.put("projectIds", String.valueOf(risk));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private static byte[] png() throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", out);
		return out.toByteArray();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from activity where id = ?").param(id).query(String.class).single();
	}

	private Integer capacity(long id) {
		return this.jdbc.sql("select capacity from activity where id = ?").param(id).query(Integer.class).single();
	}

}
