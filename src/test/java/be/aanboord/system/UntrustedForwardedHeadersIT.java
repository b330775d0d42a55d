package be.aanboord.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers from an address that is not a trusted proxy are ignored: here the
 * only trusted proxy is 192.0.2.1, so the test's requests from loopback are "from the
 * internet". {@code X-Forwarded-Host} must not send anyone to another site, and
 * {@code X-Forwarded-Proto} must not make a plain HTTP request look secure.
 */
@ServerTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192.0.2.1/32")
class UntrustedForwardedHeadersIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aForwardedHostFromAnUntrustedAddressChangesNoRedirect() throws Exception {
		HttpResponse<String> prompt = send(forwarded("/trajecten?pagina=2").build());
		assertThat(prompt.statusCode()).isEqualTo(302);
		assertThat(prompt.headers().firstValue("Location")).hasValue("/login");
		String returnAddress = setCookie(prompt, "REDIRECT_URI");
		assertThat(returnAddress).as("X-Forwarded-Proto from an untrusted address is ignored").doesNotContain("Secure");

		HttpResponse<String> form = send(forwarded("/login").build());
		String csrf = setCookie(form, "AANBOORD_CSRF");
		assertThat(csrf).doesNotContain("Secure");
		String token = CsrfToken.of(form.body());

		HttpResponse<String> login = send(
				forwarded("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", nameAndValue(csrf) + "; " + nameAndValue(returnAddress))
					.POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=AanBoord-demo-2026&_csrf="
							+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
					.build());
		assertThat(login.headers().firstValue("Location")).as("back to the page asked for, on this site")
			.hasValue("/trajecten?pagina=2");
		assertThat(setCookie(login, "AANBOORD_SESSION")).doesNotContain("Secure");
	}

	private HttpRequest.Builder forwarded(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.header("X-Forwarded-For", "203.0.113.7");
	}

	private static String setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
	}

	private static String nameAndValue(String setCookie) {
		int end = setCookie.indexOf(';');
		return (end < 0) ? setCookie : setCookie.substring(0, end);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
