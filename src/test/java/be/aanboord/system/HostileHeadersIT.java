package be.aanboord.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request headers and cookies that the portal or its libraries parse, sent malformed to a
 * running server (so that Tomcat's own parsing takes part): none of them may fail a page.
 * Forwarded headers ({@code X-Forwarded-*}, {@code Forwarded}) are not here: which
 * clients may send them is a matter of the proxy configuration.
 */
@ServerTest
class HostileHeadersIT {

	private static final String[] PAGES = { "/", "/toolbox", "/login", "/toolbox/nieuw.atom" };

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "Cookie: aanboord-taal=en'", "Cookie: aanboord-taal=\"en\"", "Cookie: aanboord-taal=%00",
			"Cookie: aanboord-taal=xx", "Cookie: aanboord-taal=en/Nergens", "Cookie: aanboord-taal=",
			"Cookie: aanboord-taal", "Cookie: aanboord-taal=en; aanboord-taal=<x>", "Cookie: ;;;", "Cookie: =x",
			"Cookie: AANBOORD_SESSION=AA==", "Cookie: AANBOORD_SESSION=\"\"", "Cookie: AANBOORD_SESSION=;x=y",
			"Cookie: JSESSIONID=AA==", "Accept: ;;;", "Accept: text/html;q=abc", "Accept: */*;q=2",
			"Accept: application/json", "Accept: image/png", "Accept: text/html;charset=nergens",
			"Accept-Language: ;;;q=x", "Accept-Language: xx-'", "Accept-Charset: nergens", "Accept-Encoding: ;;;",
			"If-Modified-Since: gisteren", "If-Modified-Since: Mon, 32 Foo 99999 99:99:99 GMT", "If-None-Match: \"",
			"If-None-Match: *", "If-Unmodified-Since: nooit", "If-Match: \"", "Range: bytes=abc",
			"Range: bytes=9999999999999999999-", "Range: bytes=5-2", "HX-Request: ';", "HX-Request: false",
			"HX-Current-URL: '\"<>", "HX-Target: '; --", "HX-Boosted: 2147483647", "Content-Type: '",
			"Content-Type: multipart/form-data", "Content-Type: application/x-www-form-urlencoded; charset=nergens",
			"Origin: null", "Referer: ht!tp://x", "User-Agent: '; --", "X-Requested-With: XMLHttpRequest",
			"Cache-Control: max-age=abc", "Pragma: ';" })
	void aMalformedHeaderFailsNoPage(String header) throws Exception {
		String name = header.substring(0, header.indexOf(':'));
		String value = header.substring(header.indexOf(':') + 1).strip();
		for (String page : PAGES) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
					.header(name, value)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(page + " with " + header).isLessThan(500);
			assertThat(response.body()).as(page + " with " + header)
				.doesNotContain("HTTP Status", "Whitelabel", "Exception");
		}
	}

	@Test
	void aLongCookieHeaderFailsNoPage() throws Exception {
		for (String cookie : new String[] { "x".repeat(6000), "aanboord-taal=" + "en".repeat(3000) }) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/toolbox"))
					.header("Cookie", cookie)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(response.body()).select("html").attr("lang")).isEqualTo("nl");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "multipart/form-data", "multipart/form-data; boundary=x", "multipart/mixed; boundary=",
			"multipart/form-data; boundary=\"", "application/x-www-form-urlencoded; charset=nergens", "'" })
	void aPostWhoseBodyIsNotWhatItsContentTypeSaysFailsNoPage(String contentType) throws Exception {
		for (String address : new String[] { "/login", "/logout", "/toolbox/mijn-fiches/1/bijlagen",
				"/trajecten/1/sessies" }) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + address))
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofString("--x\r\nnot a part\r\n"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(address + " with " + contentType).isLessThan(500);
		}
	}

}
