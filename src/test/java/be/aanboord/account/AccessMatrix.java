package be.aanboord.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;

/**
 * The route list of the access matrix, for every test that walks all routes (the access
 * matrix itself, the hostile-input sweep): the foundation's rows, every module's
 * {@link AccessMatrixRows}, and the routes the application actually maps with their
 * handler methods. Route keys are "METHOD /pattern" as mapped, or "ANY /pattern".
 */
@Component
public class AccessMatrix {

	private static final Set<Who> EVERYONE = Who.EVERYONE;

	private static final Set<Who> SIGNED_IN = Who.SIGNED_IN;

	private static final Set<Who> ADMIN = Who.only(Who.ADMIN);

	/**
	 * The foundation's routes → an example address and who may use it. Feature modules
	 * add theirs through {@link AccessMatrixRows} test components.
	 */
	private static final Map<String, AccessMatrixRows.Row> CORE = Map.ofEntries(
			entry("GET /", new AccessMatrixRows.Row("/", EVERYONE)),
			entry("GET /projecten", new AccessMatrixRows.Row("/projecten", EVERYONE)),
			entry("GET /projecten/{slug}", new AccessMatrixRows.Row("/projecten/risk-bao", EVERYONE)),
			entry("GET /partners", new AccessMatrixRows.Row("/partners", EVERYONE)),
			entry("GET /toegankelijkheid", new AccessMatrixRows.Row("/toegankelijkheid", EVERYONE)),
			entry("GET /contact", new AccessMatrixRows.Row("/contact", EVERYONE)),
			entry("GET /login", new AccessMatrixRows.Row("/login", EVERYONE)),
			entry("ANY /error", new AccessMatrixRows.Row("/error", EVERYONE)),
			entry("GET /start", new AccessMatrixRows.Row("/start", SIGNED_IN)),
			entry("GET /mijn-account/wachtwoord", new AccessMatrixRows.Row("/mijn-account/wachtwoord", SIGNED_IN)),
			entry("POST /mijn-account/wachtwoord", new AccessMatrixRows.Row("/mijn-account/wachtwoord", SIGNED_IN)),
			entry("GET /beheer/gebruikers", new AccessMatrixRows.Row("/beheer/gebruikers", ADMIN)),
			entry("GET /beheer/gebruikers/nieuw", new AccessMatrixRows.Row("/beheer/gebruikers/nieuw", ADMIN)),
			entry("POST /beheer/gebruikers/nieuw", new AccessMatrixRows.Row("/beheer/gebruikers/nieuw", ADMIN)),
			entry("GET /beheer/gebruikers/{id}", new AccessMatrixRows.Row("/beheer/gebruikers/{redactie}", ADMIN)),
			entry("POST /beheer/gebruikers/{id}", new AccessMatrixRows.Row("/beheer/gebruikers/{redactie}", ADMIN)),
			entry("POST /beheer/gebruikers/{id}/ontgrendelen",
					new AccessMatrixRows.Row("/beheer/gebruikers/{redactie}/ontgrendelen", ADMIN)));

	/**
	 * The order in which a route is tried by "the most privileged role that may open it".
	 */
	private static final List<Who> MOST_PRIVILEGED_FIRST = List.of(Who.ADMIN, Who.COORDINATOR, Who.EDITOR, Who.PARTNER,
			Who.CITY, Who.SCHOOL, Who.CLB, Who.ANONYMOUS);

	private final TestAccounts accounts;

	private final RequestMappingHandlerMapping mapping;

	@Autowired(required = false)
	private List<AccessMatrixRows> moduleRows = List.of();

	AccessMatrix(TestAccounts accounts,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		this.accounts = accounts;
		this.mapping = mapping;
	}

	/**
	 * Every row of the matrix: route → example and the roles that may open it.
	 * @throws AssertionError when two modules declare the same route
	 */
	public Map<String, AccessMatrixRows.Row> rows() {
		Map<String, AccessMatrixRows.Row> matrix = new TreeMap<>(CORE);
		for (AccessMatrixRows rows : this.moduleRows) {
			rows.rows().forEach((route, row) -> {
				AccessMatrixRows.Row previous = matrix.put(route, row);
				if (previous != null) {
					throw new AssertionError("route " + route + " is in the matrix twice");
				}
			});
		}
		return matrix;
	}

	/** The routes the application maps, as "METHOD /pattern" (or "ANY /pattern"). */
	public Set<String> mappedRoutes() {
		return handlers().keySet().stream().collect(Collectors.toCollection(TreeSet::new));
	}

	/** The routes the application maps with the handler method of each. */
	public Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : this.mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = handler.getKey();
			Set<String> methods = info.getMethodsCondition()
				.getMethods()
				.stream()
				.map(Enum::name)
				.collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.put("ANY " + pattern, handler.getValue());
				}
				methods.forEach((method) -> routes.put(method + " " + pattern, handler.getValue()));
			}
		}
		return routes;
	}

	/** A row's example address with its placeholders filled from the test database. */
	public String example(AccessMatrixRows.Row row) {
		return row.example().replace("{redactie}", String.valueOf(this.accounts.idOf("redactie")));
	}

	/** The most privileged of the roles that may open a route (ADMIN first). */
	public Who mostPrivileged(AccessMatrixRows.Row row) {
		return MOST_PRIVILEGED_FIRST.stream().filter(row.allowed()::contains).findFirst().orElseThrow();
	}

	/**
	 * The demo user that holds a role (and only that role), signed in; null for
	 * anonymous.
	 */
	public CurrentUser signedIn(Who who) {
		return (who == Who.ANONYMOUS) ? null : this.accounts.signedIn(Who.DEMO_USERS.get(who));
	}

}
