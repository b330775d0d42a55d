package be.aanboord.system;

import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Spring MVC answers itself (a parameter it cannot read, a method a route
 * does not take) pass through the servlet container's error dispatch: on a real server
 * they must show the Dutch error layout with its reference and the security headers,
 * never the English whitelabel page.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorDispatchIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aNumberThatIsNoNumberGivesTheDutch400PageWithItsReferenceAndSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/toolbox?pagina=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertDutchErrorPage(response, "Ongeldige aanvraag");
	}

	@Test
	void aNumberTooLargeForItsTypeGivesTheDutch400Page() throws Exception {
		HttpResponse<String> response = get("/toolbox?pagina=99999999999999999999");
		assertThat(response.statusCode()).isEqualTo(400);
		assertDutchErrorPage(response, "Ongeldige aanvraag");
	}

	@Test
	void aNulCharacterInTheAddressIsNoServerError() throws Exception {
		assertThat(get("/toolbox?q=%00").statusCode()).isEqualTo(200);
		// refused by Tomcat itself, before any filter or servlet
		HttpResponse<String> inPath = get("/toolbox/%00");
		assertThat(inPath.statusCode()).isEqualTo(400);
		assertDutchErrorPage(inPath, "Ongeldige aanvraag");
	}

	@Test
	void signedInAMethodARouteDoesNotTakeAndAMalformedFilterGiveDutchPages() throws Exception {
		String csrf = URLEncoder.encode(CsrfToken.of(get("/login").body()), StandardCharsets.UTF_8);
		HttpResponse<String> login = post("/login", "username=beheerder&password=AanBoord-demo-2026&_csrf=" + csrf);
		assertThat(login.statusCode()).isEqualTo(302);
		String signedIn = CsrfToken.of(get("/start").body());

		HttpResponse<String> wrongMethod = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trajecten/nieuw"))
				.header("Accept", "text/html")
				.header("X-CSRF-TOKEN", signedIn)
				.PUT(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertDutchErrorPage(wrongMethod, "Deze actie kan hier niet");

		for (String contentType : new String[] { "multipart/form-data", "multipart/form-data; boundary=",
				"multipart/mixed" }) {
			HttpResponse<String> noParts = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trajecten/1/sessies"))
					.header("Accept", "text/html")
					.header("Content-Type", contentType)
					.header("X-CSRF-TOKEN", signedIn)
					.POST(HttpRequest.BodyPublishers.ofString("x"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(noParts.statusCode()).as(contentType).isEqualTo(400);
			assertDutchErrorPage(noParts, "Ongeldige aanvraag");
		}

		HttpResponse<String> badFilter = get("/trajecten?pagina=abc");
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertDutchErrorPage(badFilter, "Ongeldige aanvraag");
		HttpResponse<String> unknownKind = get("/trajecten?soort=ONBEKEND");
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertDutchErrorPage(unknownKind, "Ongeldige aanvraag");
	}

	@Test
	void aSessionCookieThatDecodesToANulCharacterIsNoServerError() throws Exception {
		for (String cookie : new String[] { "AA==", "AAAA", "YQBi", "%00", "////" }) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trajecten"))
					.header("Accept", "text/html")
					.header("Cookie", "AANBOORD_SESSION=" + cookie)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(cookie).isLessThan(500);
		}
	}

	@Test
	void aClientThatAsksForJsonAnImageOrAnythingGetsTheDutchErrorPageNotEnglishJson() throws Exception {
		for (String accept : new String[] { null, "*/*", "application/json", "application/problem+json", "image/png",
				"text/plain", "application/xml" }) {
			HttpResponse<String> missing = send("GET", "/bestaat-niet", accept);
			assertThat(missing.statusCode()).as(accept).isEqualTo(404);
			assertDutchErrorPage(missing, "Pagina niet gevonden");
			HttpResponse<String> malformed = send("GET", "/toolbox?pagina=abc", accept);
			assertThat(malformed.statusCode()).as(accept).isEqualTo(400);
			assertDutchErrorPage(malformed, "Ongeldige aanvraag");
		}
	}

	@Test
	void requestsRefusedBeforeTheSecurityHeadersAreWrittenStillGetThemOnTheDutchPage() throws Exception {
		// refused by Spring Security's firewall: an encoded percent, a path parameter, a
		// dot segment, an unknown method
		for (String path : new String[] { "/trajecten/%25", "/toolbox/;x=1", "/trajecten/%2E%2E/bewerken" }) {
			HttpResponse<String> response = send("GET", path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertDutchErrorPage(response, "Ongeldige aanvraag");
		}
		HttpResponse<String> unknownMethod = send("PROPFIND", "/trajecten", "text/html");
		assertThat(unknownMethod.statusCode()).isEqualTo(400);
		assertDutchErrorPage(unknownMethod, "Ongeldige aanvraag");
		// answered by Tomcat itself (TRACE is not allowed) and forwarded to the error
		// page
		HttpResponse<String> trace = send("TRACE", "/", "text/html");
		assertThat(trace.statusCode()).isEqualTo(405);
		assertDutchErrorPage(trace, "Deze actie kan hier niet");
	}

	@Test
	void theErrorAddressOpenedDirectlyIsAnAddressThatDoesNotExist() throws Exception {
		for (String accept : new String[] { "text/html", "application/json" }) {
			HttpResponse<String> response = send("GET", "/error", accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertDutchErrorPage(response, "Pagina niet gevonden");
		}
	}

	@Test
	void requestsTomcatDoesNotImplementAreClientErrorsWithTheDutchPage() throws Exception {
		for (String head : new String[] { "CONNECT / HTTP/1.1", "CONNECT localhost:80 HTTP/1.1", "GET / HTTP/1.2",
				"GET / HTTP/2.5", "POST /login HTTP/1.1\r\nTransfer-Encoding: gzip" }) {
			try (Socket socket = new Socket("localhost", this.port)) {
				socket.setSoTimeout(10_000);
				socket.getOutputStream()
					.write((head + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				int bodyStart = answer.indexOf("\r\n\r\n");
				assertThat(bodyStart).as(head).isPositive();
				String header = answer.substring(0, bodyStart);
				assertThat(header).as(head)
					.startsWith("HTTP/1.1 400 ")
					.contains("Content-Security-Policy:", "X-Content-Type-Options: nosniff");
				Document page = Jsoup.parse(answer.substring(bodyStart));
				assertThat(page.select("html").attr("lang")).as(head).isEqualTo("nl");
				assertThat(page.select("h1").eachText()).as(head).containsExactly("Ongeldige aanvraag");
			}
		}
	}

	@Test
	void parametersThatCannotBeReadAreAClientErrorNotAServerErrorInTheLog(CapturedOutput output) throws Exception {
		for (String path : new String[] { "/toolbox?q=%C3%28", "/toolbox?q=%C0%AF", "/toolbox?sorteer=%FF" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertDutchErrorPage(response, "Ongeldige aanvraag");
		}
		String csrf = CsrfToken.of(get("/login").body());
		for (String body : new String[] {
				"username=%ZZ&password=x&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8),
				"_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&username=%C3%28" }) {
			HttpResponse<String> response = post("/login", body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertDutchErrorPage(response, "Ongeldige aanvraag");
		}
		HttpResponse<String> noBoundary = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data")
				.POST(HttpRequest.BodyPublishers.ofString("x"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noBoundary.statusCode()).isEqualTo(400);
		assertDutchErrorPage(noBoundary, "Ongeldige aanvraag");
		assertThat(output.getOut() + output.getErr()).doesNotContain("Servlet.service()", "Exception Processing",
				"InvalidParameterException");
	}

	private HttpResponse<String> send(String method, String path, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (accept != null) {
			request.header("Accept", accept);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertDutchErrorPage(HttpResponse<String> response, String title) {
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertThat(page.select("h1").eachText()).containsExactly(title);
		assertThat(page.text()).contains("Referentie voor de helpdesk");
		assertThat(response.body()).doesNotContain("Whitelabel", "There was an unexpected error", "Exception",
				"Bad Request", "HTTP Status");
		assertThat(page.select("code").eachText()).as("reference on the page")
			.anySatisfy((code) -> assertThat(code).matches("[0-9a-f]{8}"));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src '", "frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
