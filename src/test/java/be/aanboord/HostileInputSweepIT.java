package be.aanboord;

import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import be.aanboord.account.AccessMatrix;
import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.CurrentUser;
import be.aanboord.account.Who;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The hostile-input sweep: every route of the access matrix ({@link AccessMatrix}) is
 * sent hostile values, as the most privileged role that may open it, one field at a time
 * with the other fields at the form's own values.
 * <ul>
 * <li>GET routes: every query parameter the handler method reads (its
 * {@code @RequestParam}s and the properties of its form objects, found by
 * reflection);</li>
 * <li>POST routes: every field of every POST form found on the pages of the GET routes
 * (inputs, selects and text areas, read with jsoup), submitted with a CSRF token; a POST
 * route without a form on any page gets the parameters its handler reads;</li>
 * <li>afterwards, with the hostile values stored, every GET route again, its exports,
 * feed and PDFs included.</li>
 * </ul>
 * It fails on a 5xx (an exception the application lets through counts as one), on an
 * English or technical error page (the servlet container's error dispatch is replayed for
 * an error without a body, as MockMvc does not forward to {@code /error}), and on output
 * that is not well-formed: Atom parsed as XML, PDF with PDFBox, XLSX with
 * fastexcel-reader, CSV with commons-csv. All failures are collected and reported in one
 * message, grouped by route. The sweep runs against its own database
 * ({@link SweepDatabase}), as it stores what it sends.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@ContextConfiguration(initializers = SweepDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileInputSweepIT {

	/** Hostile values by a readable label (for the report) → the value sent. */
	static final Map<String, String> HOSTILE = hostileValues();

	private static Map<String, String> hostileValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("NUL", "a\u0000b");
		values.put("U+0001", "a\u0001b");
		values.put("U+000B", "a\u000Bb");
		values.put("U+001F", "a\u001Fb");
		values.put("U+007F", "a\u007Fb");
		values.put("10,000 characters", "x".repeat(10_000));
		values.put("2147483647", "2147483647");
		values.put("-1", "-1");
		values.put("abc", "abc");
		values.put("unknown enum", "NIET_BESTAAND");
		values.put("quotes and brackets", "'\"<>[]{}()");
		values.put("'; --", "'; --");
		values.put("right-to-left", "مرحبا שלום \u202Eabc");
		values.put("emoji", "😀 👍🏽 🇧🇪");
		return values;
	}

	/** Text that never belongs on a page the application shows. */
	private static final List<String> TECHNICAL = List.of("Whitelabel", "Exception", "Bad Request",
			"Method Not Allowed", "Internal Server Error", "There was an unexpected error", "org.springframework",
			"java.lang.", "\tat ", "Stacktrace", "stack trace");

	private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

	/** How many addresses of one GET route the last pass opens, its example included. */
	private static final int LINKS_PER_ROUTE = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessMatrix matrix;

	private final List<Failure> failures = new ArrayList<>();

	private final Map<String, String> errorPages = new LinkedHashMap<>();

	private final Map<String, Long> nanosByRoute = new LinkedHashMap<>();

	private int requests;

	@Test
	void hostileValuesGiveNoServerErrorNoTechnicalPageAndNoBrokenOutput() throws Exception {
		long started = System.nanoTime();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		Map<String, AccessMatrixRows.Row> rows = this.matrix.rows();
		Map<String, HandlerMethod> handlers = this.matrix.handlers();
		assertThat(handlers.keySet()).as("the sweep walks the access matrix's routes")
			.containsExactlyInAnyOrderElementsOf(rows.keySet());

		// 1. every page of the matrix as its most privileged role: its forms
		Map<String, Form> forms = new TreeMap<>();
		for (Map.Entry<String, AccessMatrixRows.Row> route : rows.entrySet()) {
			if (route.getKey().startsWith("GET ")) {
				String example = this.matrix.example(route.getValue());
				Exchange page = send(route.getKey(), "-", "-", this.matrix.mostPrivileged(route.getValue()),
						get(example));
				if (page != null && page.html()) {
					formsOf(page.text(), example, rows).forEach(forms::putIfAbsent);
				}
			}
		}

		// 2. GET routes: each query parameter their handler reads
		for (Map.Entry<String, AccessMatrixRows.Row> route : rows.entrySet()) {
			if (!route.getKey().startsWith("GET ")) {
				continue;
			}
			Who who = this.matrix.mostPrivileged(route.getValue());
			UriComponents example = UriComponentsBuilder.fromUriString(this.matrix.example(route.getValue())).build();
			for (String parameter : parametersOf(handlers.get(route.getKey()))) {
				for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
					MockHttpServletRequestBuilder request = get(example.getPath());
					example.getQueryParams().forEach((name, values) -> {
						if (!name.equals(parameter)) {
							request.param(name,
									values.stream().map(HostileInputSweepIT::decode).toArray(String[]::new));
						}
					});
					request.param(parameter, hostile.getValue());
					send(route.getKey(), parameter, hostile.getKey(), who, request);
				}
			}
		}

		// 3. POST routes: each field of their form, or the parameters their handler reads
		List<String> withoutForm = new ArrayList<>();
		for (Map.Entry<String, AccessMatrixRows.Row> route : rows.entrySet()) {
			if (!route.getKey().startsWith("POST ")) {
				continue;
			}
			Who who = this.matrix.mostPrivileged(route.getValue());
			Form form = forms.get(route.getKey());
			if (form == null) {
				withoutForm.add(route.getKey());
				form = new Form(this.matrix.example(route.getValue()), false, new LinkedMultiValueMap<>(),
						new ArrayList<>(parametersOf(handlers.get(route.getKey()))));
			}
			for (String field : form.fields()) {
				for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
					MultiValueMap<String, String> values = new LinkedMultiValueMap<>(form.values());
					values.put(field, List.of(hostile.getValue()));
					AbstractMockHttpServletRequestBuilder<?> request = form.multipart() ? multipart(form.action())
							: post(form.action());
					request.params(values).with(csrf());
					send(route.getKey(), field, hostile.getKey(), who, request);
				}
			}
		}

		// 4. with the hostile values stored: every GET route, exports, feed and PDFs
		// included, at its example and at the addresses its pages link to (where the
		// stored values are: new records, other school years), a few per route
		java.util.ArrayDeque<String> toVisit = new java.util.ArrayDeque<>();
		Set<String> visited = new java.util.HashSet<>();
		Map<String, Integer> visitsByRoute = new TreeMap<>();
		rows.forEach((route, row) -> {
			if (route.startsWith("GET ")) {
				toVisit.add(this.matrix.example(row));
			}
		});
		while (!toVisit.isEmpty()) {
			String address = toVisit.poll();
			Optional<String> route = routeOf("GET", address, rows);
			if (route.isEmpty() || !visited.add(address)
					|| visitsByRoute.merge(route.get(), 1, Integer::sum) > LINKS_PER_ROUTE) {
				continue;
			}
			java.net.URI uri;
			try {
				uri = java.net.URI.create(address);
			}
			catch (IllegalArgumentException notAnAddress) {
				continue;
			}
			Exchange page = send(route.get(), "(stored values)", address,
					this.matrix.mostPrivileged(rows.get(route.get())), get(uri));
			if (page != null && page.html() && page.response().getStatus() == 200) {
				Document document = Jsoup.parse(page.text(), "http://localhost" + address);
				for (Element link : document.select("a[href]")) {
					String href = link.absUrl("href");
					if (href.startsWith("http://localhost/") && !href.contains("lang=")) {
						toVisit.add(href.substring("http://localhost".length()).replaceAll("#.*", ""));
					}
				}
			}
		}

		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		long cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000_000;
		System.out.printf(
				"Hostile-input sweep: %d requests in %d s (%d s of CPU in the test thread); %d POST forms found (%s); "
						+ "POST routes swept by their handler's parameters: %s%n",
				this.requests, seconds, cpuSeconds, forms.size(), String.join(", ", forms.keySet()), withoutForm);
		System.out.println("Slowest routes (s): " + this.nanosByRoute.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.map((e) -> e.getKey() + " " + e.getValue() / 1_000_000_000.0)
			.toList());
		assertThat(this.failures).withFailMessage(() -> report(seconds)).isEmpty();
	}

	// ---- sending and checking
	// ----------------------------------------------------------

	/** Sends one request and records what is wrong with the answer. */
	private Exchange send(String route, String field, String value, Who who,
			AbstractMockHttpServletRequestBuilder<?> request) {
		CurrentUser signedIn = this.matrix.signedIn(who);
		if (signedIn != null) {
			request.with(user(signedIn));
		}
		this.requests++;
		MockHttpServletResponse response;
		long start = System.nanoTime();
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			fail(route, field, value, 500, "unhandled " + root.getClass().getSimpleName() + ": "
					+ abbreviate(String.valueOf(root.getMessage())));
			return null;
		}
		finally {
			this.nanosByRoute.merge(route, System.nanoTime() - start, Long::sum);
		}
		int status = response.getStatus();
		if (status >= 500) {
			fail(route, field, value, status, "server error");
		}
		byte[] body = response.getContentAsByteArray();
		if (status >= 400 && body.length == 0) {
			checkErrorPage(route, field, value, who, status, response.getErrorMessage());
			return null;
		}
		Exchange exchange = new Exchange(route, response, body);
		checkContent(exchange, field, value, status);
		return exchange;
	}

	/**
	 * Replays the servlet container's error dispatch for an error sent without a body,
	 * and checks the error page the visitor would see.
	 */
	private void checkErrorPage(String route, String field, String value, Who who, int status, String message) {
		String verdict = this.errorPages.computeIfAbsent(status + " " + who, (key) -> errorPageVerdict(who, status));
		if (verdict != null) {
			fail(route, field, value, status, verdict);
		}
	}

	/**
	 * What is wrong with the error page of a status as the container's error dispatch
	 * renders it for a role, or null. The page does not depend on the route that failed,
	 * so it is rendered once per status and role.
	 */
	private String errorPageVerdict(Who who, int status) {
		MockHttpServletRequestBuilder error = get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status);
		CurrentUser signedIn = this.matrix.signedIn(who);
		if (signedIn != null) {
			error.with(user(signedIn));
		}
		this.requests++;
		try {
			MockHttpServletResponse page = this.mvc.perform(error).andReturn().getResponse();
			String html = page.getContentAsString(StandardCharsets.UTF_8);
			Document document = Jsoup.parse(html);
			Optional<String> technical = technical(html, document);
			if (technical.isPresent()) {
				return "English or technical error page (" + technical.get() + ")";
			}
			if (!isDutch(document)) {
				return "error page not in the Dutch layout";
			}
			return null;
		}
		catch (Exception ex) {
			return "error page fails: " + ex;
		}
	}

	private void checkContent(Exchange exchange, String field, String value, int status) {
		String type = String.valueOf(exchange.response().getContentType()).toLowerCase();
		String route = exchange.route();
		try {
			if (type.contains("atom") || type.contains("xml") && !type.contains("openxml")) {
				Wellformed.xml(exchange.body());
			}
			else if (type.contains("pdf")) {
				Wellformed.pdf(exchange.body());
			}
			else if (type.contains("spreadsheetml")) {
				Wellformed.xlsx(exchange.body());
			}
			else if (type.contains("csv")) {
				Wellformed.csv(exchange.body());
			}
			else if (exchange.html()) {
				String html = exchange.text();
				Document document = Jsoup.parse(html);
				Optional<String> technical = technical(html, document);
				if (technical.isPresent()) {
					fail(route, field, value, status, "English or technical page (" + technical.get() + ")");
				}
				else if (status >= 400 && !isDutch(document)) {
					fail(route, field, value, status, "error page not in the Dutch layout");
				}
			}
		}
		catch (Exception | AssertionError ex) {
			fail(route, field, value, status, type + " not well-formed: " + abbreviate(ex.toString()));
		}
	}

	/** The first technical marker in the page's text or its markup, if any. */
	private static Optional<String> technical(String html, Document page) {
		String text = page.wholeText();
		return TECHNICAL.stream().filter((marker) -> text.contains(marker) || html.contains(marker)).findFirst();
	}

	/** Whether the page is in the Dutch layout ({@code <html lang="nl">}). */
	private static boolean isDutch(Document page) {
		return "nl".equals(page.select("html").attr("lang"));
	}

	private void fail(String route, String field, String value, int status, String what) {
		this.failures.add(new Failure(route, field, value, status, what));
	}

	private String report(long seconds) {
		Map<String, List<Failure>> byKind = this.failures.stream()
			.distinct()
			.collect(Collectors.groupingBy((f) -> f.route() + " · " + f.what(), TreeMap::new, Collectors.toList()));
		StringBuilder report = new StringBuilder().append(this.failures.size())
			.append(" failures in ")
			.append(this.requests)
			.append(" requests (")
			.append(seconds)
			.append(" s), by route and kind:\n");
		byKind.forEach((kind, list) -> {
			report.append("- ").append(kind).append('\n');
			Map<String, Set<String>> valuesByField = new TreeMap<>();
			for (Failure failure : list) {
				valuesByField
					.computeIfAbsent(failure.field() + " [" + failure.status() + "]", (k) -> new LinkedHashSet<>())
					.add(failure.value());
			}
			valuesByField.forEach((f, v) -> report.append("    ").append(f).append(": ").append(v).append('\n'));
		});
		return report.toString();
	}

	// ---- discovering forms and parameters
	// ----------------------------------------------

	/**
	 * The POST forms of a page by the matrix route they post to, with their fields at the
	 * values the page gives them.
	 */
	private static Map<String, Form> formsOf(String html, String pagePath, Map<String, AccessMatrixRows.Row> rows) {
		Map<String, Form> found = new LinkedHashMap<>();
		Document document = Jsoup.parse(html, "http://localhost" + pagePath);
		for (Element form : document.select("form")) {
			if (!"post".equalsIgnoreCase(form.attr("method"))) {
				continue;
			}
			String action = form.hasAttr("action") ? form.absUrl("action") : "http://localhost" + pagePath;
			String actionPath = UriComponentsBuilder.fromUriString(action).build().getPath();
			if (actionPath == null) {
				continue;
			}
			Optional<String> route = postRouteOf(actionPath, rows);
			if (route.isEmpty()) {
				continue;
			}
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
			List<String> fields = new ArrayList<>();
			boolean buttonTaken = false;
			for (Element field : form.select("input[name], select[name], textarea[name], button[name]")) {
				String name = field.attr("name");
				if (name.equals("_csrf")) {
					continue;
				}
				String type = field.attr("type").toLowerCase();
				if (field.tagName().equals("button") || type.equals("submit")) {
					if (!buttonTaken) {
						values.add(name, field.attr("value"));
						buttonTaken = true;
					}
				}
				else if (type.equals("file")) {
					continue;
				}
				else if (type.equals("checkbox") || type.equals("radio")) {
					if (field.hasAttr("checked")) {
						values.add(name, field.hasAttr("value") ? field.attr("value") : "on");
					}
				}
				else if (field.tagName().equals("select")) {
					Element option = field.selectFirst("option[selected]");
					option = (option != null) ? option : field.selectFirst("option");
					if (option != null) {
						values.add(name, option.hasAttr("value") ? option.attr("value") : option.text());
					}
				}
				else {
					values.add(name, field.val());
				}
				if (!fields.contains(name)) {
					fields.add(name);
				}
			}
			found.putIfAbsent(route.get(),
					new Form(actionPath, form.attr("enctype").toLowerCase().startsWith("multipart"), values, fields));
		}
		return found;
	}

	/** The most specific POST route of the matrix that an address matches. */
	private static Optional<String> postRouteOf(String path, Map<String, AccessMatrixRows.Row> rows) {
		return routeOf("POST", path, rows);
	}

	/**
	 * The most specific route of the matrix with the method that an address (with or
	 * without a query) matches.
	 */
	private static Optional<String> routeOf(String method, String address, Map<String, AccessMatrixRows.Row> rows) {
		String path = UriComponentsBuilder.fromUriString(address).build().getPath();
		if (path == null) {
			return Optional.empty();
		}
		PathContainer container = PathContainer.parsePath(path);
		return rows.keySet()
			.stream()
			.filter((route) -> route.startsWith(method + " "))
			.map((route) -> PATTERNS.parse(route.substring(method.length() + 1)))
			.filter((pattern) -> pattern.matches(container))
			.min(PathPattern.SPECIFICITY_COMPARATOR)
			.map((pattern) -> method + " " + pattern.getPatternString());
	}

	/**
	 * The request parameters a handler method reads: its {@code @RequestParam}s (and
	 * plain simple-typed arguments) and the writable properties of its form objects.
	 */
	static List<String> parametersOf(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		if (handler == null) {
			return List.of();
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Parameter reflected = parameter.getParameter();
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!Map.class.isAssignableFrom(type) && !type.getName().contains("MultipartFile")) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : reflected.getName();
					names.add(name);
				}
				continue;
			}
			boolean modelAttribute = parameter.hasParameterAnnotation(ModelAttribute.class);
			if (!modelAttribute && parameter.getParameterAnnotations().length > 0) {
				continue;
			}
			if (BeanUtils.isSimpleValueType(type)) {
				if (!modelAttribute && !type.getName().startsWith("java.util.Locale")) {
					names.add(reflected.getName());
				}
				continue;
			}
			if (!modelAttribute && !type.getName().startsWith("be.aanboord")) {
				continue;
			}
			java.lang.reflect.Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
			String[] constructorNames = BeanUtils.getParameterNames(constructor);
			for (int i = 0; i < constructorNames.length; i++) {
				BindParam bindParam = constructor.getParameters()[i].getAnnotation(BindParam.class);
				names.add((bindParam != null) ? bindParam.value() : constructorNames[i]);
			}
			for (var property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					Class<?> propertyType = property.getPropertyType();
					if (BeanUtils.isSimpleValueType(propertyType)) {
						names.add(property.getName());
					}
					else if (java.util.Collection.class.isAssignableFrom(propertyType) || propertyType.isArray()) {
						names.add(property.getName());
					}
				}
			}
		}
		return new ArrayList<>(names);
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return (oneLine.length() > 160) ? oneLine.substring(0, 160) + "…" : oneLine;
	}

	/** One request's answer. */
	private record Exchange(String route, MockHttpServletResponse response, byte[] body) {

		boolean html() {
			String type = this.response.getContentType();
			return type == null || type.startsWith("text/html");
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/**
	 * A POST form: where it posts, its fields at their own values, the fields to sweep.
	 */
	private record Form(String action, boolean multipart, MultiValueMap<String, String> values, List<String> fields) {
	}

	/** One failure: the route, the field, the hostile value's label, the status, what. */
	private record Failure(String route, String field, String value, int status, String what) {
	}

}
