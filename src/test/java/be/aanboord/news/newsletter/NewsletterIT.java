package be.aanboord.news.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The newsletter with a real SMTP server (GreenMail): double opt-in (no mail to the
 * unconfirmed, the confirmation link works once, answers reveal nothing), unsubscribing
 * by the page and by the RFC 8058 one-click POST (the row is deleted), an editor's issue
 * sent in batches of three, a crash after the first batch and two concurrent senders
 * (every subscriber exactly one mail), and the retention of unconfirmed requests.
 */
@IntegrationTest
class NewsletterIT {

	private static final Pattern CONFIRM_LINK = Pattern.compile("/nieuwsbrief/bevestigen/[A-Za-z0-9_-]+");

	private static final Pattern UNSUBSCRIBE_LINK = Pattern
		.compile("/nieuwsbrief/uitschrijven/[0-9]+\\.[A-Za-z0-9_-]+");

	private static final String CONFIRM_SUBJECT = "Bevestig je inschrijving";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("aanboord.newsletter.batch-size", () -> "3");
	}

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NewsletterIssues issues;

	@Autowired
	NewsletterSender sender;

	@Autowired
	SubscriberRepository subscribers;

	@BeforeEach
	void noSubscribersNorIssues() throws Exception {
		mail.purgeEmailFromAllMailboxes();
		this.jdbc.update("delete from newsletter_issue");
		this.jdbc.update("delete from newsletter_subscriber");
	}

	@Test
	void doubleOptInMailsOnlyTheConfirmedAndTheLinkWorksOnce() throws Exception {
		assertThat(subscribe("Nieuw@Example.org").getRedirectedUrl()).isEqualTo("/nieuwsbrief?ontvangen=ja");
		MimeMessage confirmation = await("nieuw@example.org", CONFIRM_SUBJECT);
		String link = find(CONFIRM_LINK, text(confirmation));
		String token = link.substring(link.lastIndexOf('/') + 1);
		Map<String, Object> row = this.jdbc
			.queryForMap("select email, confirm_token_hash, confirmed_at from newsletter_subscriber");
		assertThat(row.get("confirmed_at")).isNull();
		assertThat((byte[]) row.get("confirm_token_hash")).isEqualTo(NewsletterTokens.hash(token));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where cast(serialized_event as text) like ?", Integer.class,
				"%" + token + "%"))
			.as("the raw token is stored nowhere")
			.isZero();

		// an issue now reaches nobody: the only subscriber is not confirmed
		long unreached = draft("Niemand");
		assertThat(this.issues.freeze(unreached)).isTrue();
		assertThat(this.sender.sendPending()).isZero();
		assertThat(status(unreached)).isEqualTo("SENT");
		assertThat(count("nieuw@example.org", "Niemand")).isZero();

		// a mail scanner opening the link confirms nothing; the button does, once
		Document page = this.signedIn.page(null, get(link));
		assertThat(page.select("form[action=" + link + "] button")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select confirmed_at is null from newsletter_subscriber", Boolean.class))
			.isTrue();
		assertThat(this.signedIn.as(null, post(link).with(csrf())).getRedirectedUrl())
			.isEqualTo("/nieuwsbrief?bevestigd=ja");
		assertThat(this.jdbc.queryForObject(
				"select confirmed_at is not null and confirm_token_hash is null from newsletter_subscriber",
				Boolean.class))
			.isTrue();
		MockHttpServletResponse again = this.signedIn.as(null, post(link).with(csrf()));
		assertThat(again.getStatus()).isEqualTo(404);
		assertThat(org.jsoup.Jsoup.parse(again.getContentAsString()).select("#ongeldig").text()).contains("werkt niet");

		// the same answer for a subscribed address, and no mail
		assertThat(subscribe("nieuw@example.org").getRedirectedUrl()).isEqualTo("/nieuwsbrief?ontvangen=ja");
		Thread.sleep(300);
		assertThat(count("nieuw@example.org", CONFIRM_SUBJECT)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from newsletter_subscriber", Integer.class)).isOne();

		Document form = this.signedIn.page(null, get("/nieuwsbrief"));
		assertThat(form.select("#consent-uitleg").text()).contains("alleen je e-mailadres").contains("zeven dagen");
		MockHttpServletResponse invalid = this.signedIn.as(null,
				post("/nieuwsbrief").with(csrf()).param("email", "geen-adres").param("website", ""));
		Document errors = org.jsoup.Jsoup.parse(invalid.getContentAsString());
		assertThat(errors.select("#email-fout").text()).isEqualTo("Dit is geen geldig e-mailadres.");
		assertThat(errors.select("#consent-fout").text()).isEqualTo("Vink aan dat je de nieuwsbrief wil ontvangen.");
		assertThat(errors.select("#email").val()).isEqualTo("geen-adres");
	}

	@Test
	void anEditorComposesPreviewsAndSendsAnIssueInBatches() throws Exception {
		List<String> addresses = confirmed(7);
		long meldpunt = this.jdbc.queryForObject("select id from news_item where slug = 'infomoment-meldpunt-si'",
				Long.class);
		Document compose = this.signedIn.page("redactie", get("/nieuwsbrief/beheer/nieuw"));
		assertThat(compose.select("input[name=newsIds][value=" + meldpunt + "]")).hasSize(1);
		assertThat(compose.text()).doesNotContain("Studiedag over aanwezigheidsbeleid aangekondigd");

		MockHttpServletResponse created = this.signedIn.as("redactie",
				post("/nieuwsbrief/beheer/nieuw").with(csrf())
					.param("subject", "Nieuwsbrief december")
					.param("intro", "Beste *lezer*,")
					.param("newsIds", String.valueOf(meldpunt))
					.param("version", "0"));
		String issue = created.getRedirectedUrl();
		assertThat(issue).startsWith("/nieuwsbrief/beheer/");
		Document preview = this.signedIn.page("redactie", get(issue + "/voorbeeld"));
		assertThat(preview.select("#tekstversie").text()).contains("Nieuwsbrief december")
			.contains("Infomoment Meldpunt SI")
			.contains("/nieuws/infomoment-meldpunt-si");
		assertThat(this.signedIn.as("redactie", get(issue + "/voorbeeld.html")).getContentAsString())
			.contains("<em>lezer</em>")
			.contains("Infomoment Meldpunt SI");
		assertThat(count(addresses.get(0), "Nieuwsbrief december")).isZero();

		assertThat(this.signedIn.as("redactie", post(issue + "/versturen").with(csrf())).getRedirectedUrl())
			.isEqualTo(issue);
		for (String address : addresses) {
			await(address, "Nieuwsbrief december");
		}
		long id = Long.parseLong(issue.substring(issue.lastIndexOf('/') + 1));
		awaitStatus(id, "SENT");
		for (String address : addresses) {
			assertThat(count(address, "Nieuwsbrief december")).as(address).isOne();
		}
		MimeMessage one = await(addresses.get(0), "Nieuwsbrief december");
		String unsubscribe = find(UNSUBSCRIBE_LINK, text(one));
		assertThat(one.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080" + unsubscribe + ">");
		assertThat(one.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(html(one)).contains("Infomoment Meldpunt SI").contains(unsubscribe);
		assertThat(this.signedIn.page("redactie", get(issue)).select("#status").text()).isEqualTo("Verstuurd");
		// a sent issue cannot be sent again
		this.signedIn.as("redactie", post(issue + "/versturen").with(csrf()));
		Thread.sleep(300);
		assertThat(count(addresses.get(0), "Nieuwsbrief december")).isOne();
	}

	@Test
	void unsubscribingByThePageOrByOneClickDeletesTheSubscriber() throws Exception {
		List<String> addresses = confirmed(2);
		long id = draft("Uitschrijftest");
		this.issues.freeze(id);
		this.sender.sendPending();
		String byPage = find(UNSUBSCRIBE_LINK, text(await(addresses.get(0), "Uitschrijftest")));
		String byClick = find(UNSUBSCRIBE_LINK, text(await(addresses.get(1), "Uitschrijftest")));

		Document page = this.signedIn.page(null, get(byPage));
		assertThat(page.select("form[action=" + byPage + "] button").text()).isEqualTo("Uitschrijven");
		assertThat(this.signedIn.as(null, post(byPage).with(csrf())).getRedirectedUrl())
			.isEqualTo("/nieuwsbrief?uitgeschreven=ja");
		assertThat(emails()).containsExactly(addresses.get(1));
		assertThat(this.signedIn.status(null, get(byPage))).isEqualTo(404);

		// RFC 8058: no CSRF token; a forged token changes nothing
		String forged = byClick.substring(0, byClick.lastIndexOf('.') + 1) + "A".repeat(43);
		assertThat(this.signedIn.status(null, post(forged).param("List-Unsubscribe", "One-Click"))).isEqualTo(200);
		assertThat(emails()).containsExactly(addresses.get(1));
		MockHttpServletResponse oneClick = this.signedIn.as(null,
				post(byClick).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"));
		assertThat(oneClick.getStatus()).isEqualTo(200);
		assertThat(emails()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from newsletter_delivery", Integer.class))
			.as("deliveries go with the subscriber")
			.isZero();
	}

	@Test
	void afterACrashEverySubscriberGetsExactlyOneMail() throws Exception {
		List<String> addresses = confirmed(8);
		long id = draft("Na de crash");
		this.issues.freeze(id);
		// the first batch, then the process "dies"
		assertThat(this.sender.sendBatch(id)).isEqualTo(3);
		assertThat(status(id)).isEqualTo("SENDING");
		// and one subscriber was claimed but never mailed (died between claim and send)
		this.jdbc.update("""
				insert into newsletter_delivery (issue_id, subscriber_id, claimed_at)
				select ?, id, now() from newsletter_subscriber where email = ?""", id, addresses.get(7));
		this.sender.sendPending();
		assertThat(status(id)).isEqualTo("SENT");
		for (String address : addresses.subList(0, 7)) {
			await(address, "Na de crash");
		}
		Thread.sleep(300);
		for (String address : addresses.subList(0, 7)) {
			assertThat(count(address, "Na de crash")).as(address).isOne();
		}
		assertThat(count(addresses.get(7), "Na de crash")).as("at most once").isZero();
		Document progress = this.signedIn.page("redactie", get("/nieuwsbrief/beheer/" + id));
		assertThat(progress.select("#voortgang dd").eachText()).containsExactly("7", "0", "0", "1");
	}

	@Test
	void twoConcurrentSendersMailEverySubscriberOnce() throws Exception {
		List<String> addresses = confirmed(30);
		long id = draft("Tegelijk");
		this.issues.freeze(id);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> runners = List.of(this.sender::sendPending, this.sender::sendPending);
			int total = 0;
			for (Future<Integer> done : pool.invokeAll(runners)) {
				total += done.get();
			}
			this.sender.sendPending();
			assertThat(total).isEqualTo(30);
		}
		finally {
			pool.shutdown();
		}
		assertThat(status(id)).isEqualTo("SENT");
		for (String address : addresses) {
			await(address, "Tegelijk");
		}
		Thread.sleep(300);
		Map<String, Integer> mails = new HashMap<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getSubject().equals("Tegelijk")) {
				Arrays.stream(message.getAllRecipients()).forEach((r) -> mails.merge(r.toString(), 1, Integer::sum));
			}
		}
		assertThat(mails).hasSize(30).allSatisfy((address, count) -> assertThat(count).as(address).isOne());
	}

	@Test
	void unconfirmedRequestsAreDeletedAfterTheRetention() {
		Instant now = Instant.parse("2026-12-06T12:00:00Z");
		this.jdbc
			.update("""
					insert into newsletter_subscriber (email, confirm_token_hash, requested_at, confirmed_at) values
					  ('oud@example.org', '\\x01', ?::timestamptz - interval '8 days', null),
					  ('recent@example.org', '\\x02', ?::timestamptz - interval '6 days', null),
					  ('bevestigd@example.org', null, ?::timestamptz - interval '300 days', ?::timestamptz - interval '300 days')""",
					now.toString(), now.toString(), now.toString(), now.toString());
		NewsletterRetention retention = new NewsletterRetention(this.subscribers, Clock.fixed(now, ZoneOffset.UTC),
				Period.ofDays(7));
		assertThat(retention.deleteExpired()).isOne();
		assertThat(emails()).containsExactlyInAnyOrder("recent@example.org", "bevestigd@example.org");
		NewsletterRetention later = new NewsletterRetention(this.subscribers,
				Clock.fixed(now.plus(Duration.ofDays(2)), ZoneOffset.UTC), Period.ofDays(7));
		assertThat(later.deleteExpired()).isOne();
		assertThat(emails()).containsExactly("bevestigd@example.org");
	}

	private MockHttpServletResponse subscribe(String email) throws Exception {
		return this.signedIn.as(null,
				post("/nieuwsbrief").with(csrf()).param("email", email).param("consent", "true").param("website", ""));
	}

	private List<String> confirmed(int count) {
		List<String> addresses = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String address = "abonnee" + i + "@example.org";
			this.jdbc.update(
					"insert into newsletter_subscriber (email, requested_at, confirmed_at) values (?, now(), now())",
					address);
			addresses.add(address);
		}
		return addresses;
	}

	private long draft(String subject) {
		IssueForm form = new IssueForm();
		form.setSubject(subject);
		form.setIntro("Korte inleiding.");
		return this.issues.create(form);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from newsletter_issue where id = ?", String.class, id);
	}

	private void awaitStatus(long id, String status) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(20);
		while (!status.equals(status(id)) && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(status(id)).isEqualTo(status);
	}

	private List<String> emails() {
		return this.jdbc.queryForList("select email from newsletter_subscriber order by email", String.class);
	}

	private static MimeMessage await(String to, String subject) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))
						&& message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail to " + to + " about " + subject);
	}

	private static long count(String to, String subject) throws Exception {
		long count = 0;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))
					&& message.getSubject().contains(subject)) {
				count++;
			}
		}
		return count;
	}

	private static String text(Part part) throws Exception {
		return part("text/plain", part);
	}

	private static String html(Part part) throws Exception {
		return part("text/html", part);
	}

	private static String part(String type, Part part) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(type, multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("no " + pattern + " in " + text);
		}
		return matcher.group();
	}

}
