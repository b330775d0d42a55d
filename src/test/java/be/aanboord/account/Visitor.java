package be.aanboord.account;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.CsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser against the running server: its own cookie jar, redirects not followed,
 * forms posted with the CSRF token of the page they came from.
 */
final class Visitor {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	Visitor(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in through the login form and checks that it worked. */
	Visitor logIn(String username, String password) throws Exception {
		HttpResponse<String> login = post("/login", CsrfToken.of(get("/login").body()), "username", username,
				"password", password);
		assertThat(login.headers().firstValue("Location")).as("login of " + username)
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("fout"));
		return this;
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(request(path).header("Accept", "text/html").build());
	}

	/**
	 * Posts a form.
	 * @param csrf the token of the page the form is on
	 * @param namesAndValues field names and values, in pairs; a name may repeat
	 */
	HttpResponse<String> post(String path, String csrf, String... namesAndValues) throws Exception {
		List<String> fields = new ArrayList<>();
		fields.add("_csrf=" + encode(csrf));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
			.build());
	}

	/** The answer sends the browser to the login page (whatever its query string). */
	static void assertSentToLogin(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("sent to the login page").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
	}

	/** The value of the session cookie, or null. */
	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("AANBOORD_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Sends a session cookie, as a browser that copied it would. */
	void useSessionCookie(String value) {
		HttpCookie cookie = new HttpCookie("AANBOORD_SESSION", value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create("http://localhost:" + this.port + "/"), cookie);
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
