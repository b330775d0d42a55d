package be.aanboord;

import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one helper for requests in integration tests: a request as a signed-in user (the
 * user as Spring Security builds it from the database, so roles and scopes are the real
 * ones) or as an anonymous visitor ({@code null}), and the page it returns as a jsoup
 * document for assertions on the page's structure.
 *
 * <pre>{@code
 * &#64;Autowired SignedIn signedIn;
 * Document page = this.signedIn.page("coordinator", get("/trajecten"));
 * assertThat(page.select("table tbody tr")).hasSize(25);
 * }</pre>
 */
@Component
public class SignedIn {

	private final ObjectProvider<MockMvc> mvc;

	private final TestAccounts accounts;

	/** MockMvc is looked up when used: server and browser tests have none. */
	SignedIn(ObjectProvider<MockMvc> mvc, TestAccounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/**
	 * Performs the request as the user.
	 * @param username a demo or test account's username, or {@code null} for an anonymous
	 * visitor
	 */
	public MockHttpServletResponse as(String username, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return result(username, request).getResponse();
	}

	/**
	 * The result of the request as the user, for what the response alone does not hold
	 * (the flash attributes of a redirect).
	 */
	public MvcResult result(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (username != null) {
			request.with(user(this.accounts.signedIn(username)));
		}
		return this.mvc.getObject().perform(request).andReturn();
	}

	/** The status of the response to the request as the user. */
	public int status(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return as(username, request).getStatus();
	}

	/** The page returned to the user, parsed, whatever its status. */
	public Document page(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return Jsoup.parse(as(username, request).getContentAsString());
	}

}
