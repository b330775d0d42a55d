package be.aanboord;

import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF token of a page's form, for tests that post to a running server the way a
 * browser does ({@code _csrf=<token>} in the form body or an {@code X-CSRF-TOKEN}
 * header).
 */
public final class CsrfToken {

	private CsrfToken() {
	}

	/**
	 * The value of the first {@code <input name="_csrf">} on the page.
	 * @param html the page as the server sent it
	 * @throws AssertionError if the page has no such field or it is empty
	 */
	public static String of(String html) {
		String token = Jsoup.parse(html).select("input[name=_csrf]").val();
		assertThat(token).as("CSRF token on the page").isNotEmpty();
		return token;
	}

}
