package be.aanboord.account;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may open which route: every route of the application against anonymous visitors and
 * each role ({@link AccessMatrix}: the foundation's rows and every module's
 * {@link AccessMatrixRows}). A route added without a row fails
 * {@link #everyRouteIsInTheMatrix()}; a row may also name what a role that may open the
 * route must not see there.
 */
@IntegrationTest
class AccessMatrixIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessMatrix matrix;

	@Test
	void everyRouteIsInTheMatrix() {
		assertThat(this.matrix.mappedRoutes())
			.as("routes of the application; add every new route to the matrix with its roles")
			.containsExactlyInAnyOrderElementsOf(this.matrix.rows().keySet());
	}

	@TestFactory
	Stream<DynamicTest> eachRoleGetsExactlyTheAccessTheMatrixGives() {
		return this.matrix.rows()
			.entrySet()
			.stream()
			.flatMap((route) -> EnumSet.allOf(Who.class)
				.stream()
				.map((who) -> DynamicTest.dynamicTest(route.getKey() + " as " + who,
						() -> check(route.getKey(), route.getValue(), who))));
	}

	private void check(String route, AccessMatrixRows.Row rule, Who who) throws Exception {
		String path = this.matrix.example(rule);
		MockHttpServletRequestBuilder request = route.startsWith("POST ") ? post(path).with(csrf()) : get(path);
		if (who != Who.ANONYMOUS) {
			request = request.with(user(this.matrix.signedIn(who)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		boolean sentToLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().endsWith("/login");
		if (rule.allowed().contains(who)) {
			assertThat(response.getStatus()).as("%s as %s", route, who).isNotIn(401, 403);
			assertThat(sentToLogin).as("%s as %s is sent to login", route, who).isFalse();
			for (String hidden : rule.hiddenFrom().getOrDefault(who, List.of())) {
				assertThat(response.getContentAsString()).as("%s as %s must not show %s", route, who, hidden)
					.doesNotContain(hidden);
			}
		}
		else if (who == Who.ANONYMOUS) {
			assertThat(sentToLogin).as("%s as anonymous must be sent to login (status %s)", route, response.getStatus())
				.isTrue();
		}
		else {
			assertThat(response.getStatus()).as("%s as %s", route, who).isEqualTo(403);
		}
	}

}
