package be.aanboord.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may open which route: every route of the application against anonymous visitors and
 * each role. A route added without a line here fails {@link #everyRouteIsInTheMatrix()}.
 */
@IntegrationTest
class AccessMatrixIT {

	private static final Set<Who> EVERYONE = Who.EVERYONE;

	private static final Set<Who> SIGNED_IN = Who.SIGNED_IN;

	private static final Set<Who> ADMIN = Who.only(Who.ADMIN);

	/**
	 * The foundation's routes ("METHOD /pattern") → an example address and who may use
	 * it. Feature modules add theirs through {@link AccessMatrixRows} test components.
	 */
	private static final Map<String, Rule> CORE = Map.ofEntries(entry("GET /", new Rule("/", EVERYONE)),
			entry("GET /projecten", new Rule("/projecten", EVERYONE)),
			entry("GET /projecten/{slug}", new Rule("/projecten/risk-bao", EVERYONE)),
			entry("GET /partners", new Rule("/partners", EVERYONE)),
			entry("GET /toegankelijkheid", new Rule("/toegankelijkheid", EVERYONE)),
			entry("GET /login", new Rule("/login", EVERYONE)), entry("ANY /error", new Rule("/error", EVERYONE)),
			entry("GET /start", new Rule("/start", SIGNED_IN)),
			entry("GET /mijn-account/wachtwoord", new Rule("/mijn-account/wachtwoord", SIGNED_IN)),
			entry("POST /mijn-account/wachtwoord", new Rule("/mijn-account/wachtwoord", SIGNED_IN)),
			entry("GET /beheer/gebruikers", new Rule("/beheer/gebruikers", ADMIN)),
			entry("GET /beheer/gebruikers/nieuw", new Rule("/beheer/gebruikers/nieuw", ADMIN)),
			entry("POST /beheer/gebruikers/nieuw", new Rule("/beheer/gebruikers/nieuw", ADMIN)),
			entry("GET /beheer/gebruikers/{id}", new Rule("/beheer/gebruikers/{redactie}", ADMIN)),
			entry("POST /beheer/gebruikers/{id}", new Rule("/beheer/gebruikers/{redactie}", ADMIN)));

	private record Rule(String example, Set<Who> allowed) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired(required = false)
	List<AccessMatrixRows> moduleRows = List.of();

	private Map<String, Rule> matrix() {
		Map<String, Rule> matrix = new TreeMap<>(CORE);
		for (AccessMatrixRows rows : this.moduleRows) {
			rows.rows().forEach((route, row) -> {
				Rule previous = matrix.put(route, new Rule(row.example(), row.allowed()));
				assertThat(previous).as("route %s is in the matrix twice", route).isNull();
			});
		}
		return matrix;
	}

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition()
				.getMethods()
				.stream()
				.map(Enum::name)
				.collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				methods.forEach((method) -> routes.add(method + " " + pattern));
			}
		}
		assertThat(routes).as("routes of the application; add every new route to the matrix with its roles")
			.containsExactlyInAnyOrderElementsOf(matrix().keySet());
	}

	@TestFactory
	Stream<DynamicTest> eachRoleGetsExactlyTheAccessTheMatrixGives() {
		return matrix().entrySet()
			.stream()
			.flatMap((route) -> EnumSet.allOf(Who.class)
				.stream()
				.map((who) -> DynamicTest.dynamicTest(route.getKey() + " as " + who,
						() -> check(route.getKey(), route.getValue(), who))));
	}

	private void check(String route, Rule rule, Who who) throws Exception {
		String path = rule.example().replace("{redactie}", String.valueOf(this.accounts.idOf("redactie")));
		MockHttpServletRequestBuilder request = route.startsWith("POST ") ? post(path).with(csrf()) : get(path);
		if (who != Who.ANONYMOUS) {
			request = request.with(user(this.accounts.signedIn(Who.DEMO_USERS.get(who))));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		boolean sentToLogin = response.getStatus() == 302 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().endsWith("/login");
		if (rule.allowed().contains(who)) {
			assertThat(response.getStatus()).as("%s as %s", route, who).isNotIn(401, 403);
			assertThat(sentToLogin).as("%s as %s is sent to login", route, who).isFalse();
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
