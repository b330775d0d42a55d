package be.aanboord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import be.aanboord.account.TestAccounts;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium pointed at the application under test, for {@link BrowserTest}
 * classes: a test method takes a {@code Browser} parameter.
 * <p>
 * <strong>Every page of the application that the browser opens or navigates to is checked
 * with axe-core</strong> against WCAG 2.0/2.1 A and AA, and the test fails listing every
 * violation. The check runs in {@link #open}, {@link #clickToNavigate} and
 * {@link #loginAs} as soon as the page has loaded, before any other helper of this class
 * looks at a page it has not checked yet, and after the test for the page it ended on; a
 * page is checked once (a marker on its {@code window} says it was).
 * <p>
 * <strong>The same check also lays every page out on a phone</strong>: the viewport is
 * set to {@value #PHONE_WIDTH} × {@value #PHONE_HEIGHT} CSS pixels (Chromium's device
 * metrics emulation), and the test fails when the page is wider than that screen
 * ({@code document.documentElement.scrollWidth} or {@code document.body.scrollWidth}
 * larger than the viewport), naming the elements that stick out; a wide table must scroll
 * inside its own {@code <div class="table-responsive">} instead. The page is then given
 * back the size it had: the desktop window (1280 × 900), or the phone size a test chose
 * with {@link #phone()}.
 * <p>
 * One Chromium serves the whole test run (cookies are cleared before each test); it is
 * closed, and its profile and temporary files are deleted, when the run ends. Waits are
 * explicit: never sleep in a browser test.
 */
public final class Browser {

	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final String CHECKED_MARKER = "__aanboordAxeChecked";

	/** The width of the phone every page is also checked at, in CSS pixels. */
	public static final int PHONE_WIDTH = 390;

	/** The height of that phone. */
	public static final int PHONE_HEIGHT = 844;

	private static final By LOGOUT_BUTTON = By.cssSelector("form[action$='/logout'] [type=submit]");

	private final ChromeDriver driver;

	private final String baseUrl;

	/**
	 * The viewport size a test chose ({@link #phone()}, {@link #viewport}), or null for
	 * the desktop window.
	 */
	private int[] chosenSize;

	Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	// ---- navigation -------------------------------------------------------------------

	/**
	 * Opens a page of the application and checks it.
	 * @param path the path on the application, such as {@code /projecten}
	 * @return this browser
	 */
	public Browser open(String path) {
		this.driver.get(url(path));
		checkAccessibility();
		return this;
	}

	/**
	 * Signs in through the login form with a demo account and waits for the page the
	 * application lands on after login.
	 * @param username a demo user: beheerder, coordinator, partner, redactie or stad
	 * @return this browser
	 */
	public Browser loginAs(String username) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), TestAccounts.DEMO_PASSWORD);
		clickToNavigate(By.cssSelector("main form[action$='/login'] [type=submit]"));
		if (isPresent(By.id("login-fout"))) {
			throw new AssertionError("Login as '" + username + "' failed: the login page shows an error");
		}
		// present, not necessarily visible: on a phone it sits in the folded menu
		find(LOGOUT_BUTTON);
		return this;
	}

	/**
	 * Clicks an element that loads another page (a link, a submit button), waits for the
	 * new page and checks it.
	 * @param locator what to click
	 * @return this browser
	 */
	public Browser clickToNavigate(By locator) {
		ensureChecked();
		WebElement element = until(ExpectedConditions.elementToBeClickable(locator),
				() -> "nothing clickable " + locator + " on " + currentUrl());
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		element.click();
		until(replaced(oldPage), () -> "no new page loaded after clicking " + locator);
		checkAccessibility();
		return this;
	}

	/**
	 * Clicks an element that does not load another page.
	 * @param locator what to click
	 * @return this browser
	 */
	public Browser click(By locator) {
		ensureChecked();
		until(ExpectedConditions.elementToBeClickable(locator),
				() -> "nothing clickable " + locator + " on " + currentUrl())
			.click();
		ensureChecked();
		return this;
	}

	/**
	 * Types into a field after clearing it.
	 * @param locator the field
	 * @param text what to type
	 * @return this browser
	 */
	public Browser type(By locator, CharSequence text) {
		WebElement field = waitFor(locator);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Presses keys on whatever has the focus, like a keyboard user.
	 * @param keys the keys, such as {@code Keys.TAB}
	 * @return this browser
	 */
	public Browser press(CharSequence... keys) {
		ensureChecked();
		new Actions(this.driver).sendKeys(keys).perform();
		ensureChecked();
		return this;
	}

	// ---- looking at the page ----------------------------------------------------------

	/**
	 * Waits until an element is in the page.
	 * @param locator the element
	 * @return the element
	 */
	public WebElement find(By locator) {
		ensureChecked();
		return until(ExpectedConditions.presenceOfElementLocated(locator),
				() -> "no " + locator + " on " + currentUrl());
	}

	/**
	 * Waits until an element is visible.
	 * @param locator the element
	 * @return the element
	 */
	public WebElement waitFor(By locator) {
		ensureChecked();
		return until(ExpectedConditions.visibilityOfElementLocated(locator),
				() -> "no visible " + locator + " on " + currentUrl());
	}

	/**
	 * The elements now in the page, without waiting.
	 * @param locator the elements
	 * @return the elements, perhaps none
	 */
	public List<WebElement> findAll(By locator) {
		ensureChecked();
		return this.driver.findElements(locator);
	}

	/**
	 * Whether an element is in the page now, without waiting: for absence, first wait for
	 * something that shows the page is complete.
	 * @param locator the element
	 * @return whether it is there
	 */
	public boolean isPresent(By locator) {
		return !findAll(locator).isEmpty();
	}

	/**
	 * The visible text of an element, once it is visible.
	 * @param locator the element
	 * @return its text
	 */
	public String text(By locator) {
		return waitFor(locator).getText();
	}

	/**
	 * The element that has the keyboard focus.
	 * @return the focused element ({@code body} when nothing has focus)
	 */
	public WebElement focused() {
		ensureChecked();
		return this.driver.switchTo().activeElement();
	}

	/**
	 * The path of the current page, without query or fragment.
	 * @return the path, such as {@code /start}
	 */
	public String currentPath() {
		return URI.create(currentUrl()).getPath();
	}

	/**
	 * The address of the current page.
	 * @return the address
	 */
	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/**
	 * The address of a page of the application.
	 * @param path the path, such as {@code /projecten}
	 * @return the absolute address
	 */
	public String url(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * The WebDriver itself, for what the helpers do not cover. Pages reached through it
	 * are still checked by the next helper call or at the end of the test.
	 * @return the driver
	 */
	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Shows this page and the next ones at phone size ({@value #PHONE_WIDTH} ×
	 * {@value #PHONE_HEIGHT}) until {@link #desktop()} or the end of the test.
	 * @return this browser
	 */
	public Browser phone() {
		return viewport(PHONE_WIDTH, PHONE_HEIGHT);
	}

	/**
	 * Shows this page and the next ones in a viewport of the given size (CSS pixels)
	 * until {@link #desktop()} or the end of the test.
	 * @param width the width
	 * @param height the height
	 * @return this browser
	 */
	public Browser viewport(int width, int height) {
		this.chosenSize = new int[] { width, height };
		emulate(width, height);
		return this;
	}

	/**
	 * Shows the pages in the desktop window again (1280 × 900).
	 * @return this browser
	 */
	public Browser desktop() {
		this.chosenSize = null;
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return this;
	}

	/**
	 * The width of the viewport now, in CSS pixels.
	 * @return the width
	 */
	public long viewportWidth() {
		return ((Number) this.driver.executeScript("return document.documentElement.clientWidth")).longValue();
	}

	private void emulate(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		// a phone's scroll bars overlay the page: the whole width is the page's
		this.driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
		until((driver) -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth"))
			.intValue() == width, () -> "the viewport did not become " + width + " pixels wide");
	}

	// ---- locators ---------------------------------------------------------------------

	/**
	 * A link by its visible text.
	 * @param text the text
	 * @return the locator
	 */
	public static By link(String text) {
		return By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]");
	}

	/**
	 * A button by its visible text.
	 * @param text the text
	 * @return the locator
	 */
	public static By button(String text) {
		return By.xpath("//button[normalize-space(.)=" + xpathLiteral(text) + "]");
	}

	/**
	 * A heading of the given level by its visible text.
	 * @param level 1 to 6
	 * @param text the text
	 * @return the locator
	 */
	public static By heading(int level, String text) {
		return By.xpath("//h" + level + "[normalize-space(.)=" + xpathLiteral(text) + "]");
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	// ---- accessibility ----------------------------------------------------------------

	/**
	 * Checks the current page with axe-core now, also when it was checked before (for
	 * example after a script changed it).
	 * @return this browser
	 */
	public Browser checkAccessibility() {
		awaitLoaded();
		analyze();
		return this;
	}

	/**
	 * Checks the current page if it belongs to the application and was not yet checked.
	 */
	void ensureChecked() {
		if (!currentUrl().startsWith(this.baseUrl)) {
			return;
		}
		awaitLoaded();
		if (!Boolean.TRUE.equals(this.driver.executeScript("return window." + CHECKED_MARKER + " === true"))) {
			analyze();
		}
	}

	private void awaitLoaded() {
		new WebDriverWait(this.driver, TIMEOUT).ignoring(JavascriptException.class)
			.withMessage("page did not finish loading: " + currentUrl())
			.until((driver) -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private void analyze() {
		String url = currentUrl();
		Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(this.driver);
		this.driver.executeScript("window." + CHECKED_MARKER + " = true");
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + url + ": " + results.getErrorMessage());
		}
		if (results.getPasses() == null || results.getPasses().isEmpty()) {
			throw new AssertionError("axe-core checked no rule at all on " + url + ": is this a page?");
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(report(url, violations));
		}
		checkPhoneWidth(url);
	}

	/**
	 * What sticks out of a phone's screen: the widths of the document and the body, the
	 * viewport's, and the innermost elements reaching past its right edge (outside any
	 * box that scrolls or clips them).
	 */
	private static final String WIDER_THAN_SCREEN = """
			const vw = document.documentElement.clientWidth;
			const doc = document.documentElement.scrollWidth;
			const body = document.body ? document.body.scrollWidth : 0;
			const out = [];
			if (doc > vw || body > vw) {
			  const sticksOut = (el) => el.getBoundingClientRect().right > vw + 1;
			  const clipped = (el) => {
			    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
			      if (getComputedStyle(a).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  for (const el of document.body.querySelectorAll('*')) {
			    if (out.length >= 8) break;
			    if (sticksOut(el) && !clipped(el) && ![...el.children].some(sticksOut)) {
			      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			        + (typeof el.className === 'string' && el.className.trim()
			           ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
			      out.push(name + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px: "'
			        + (el.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 60) + '"');
			    }
			  }
			}
			return [doc, body, vw, out.join('\\n  ')];""";

	/**
	 * Lays the page out at phone size and fails when it is wider than the screen, then
	 * gives it back the size it had.
	 */
	private void checkPhoneWidth(String url) {
		emulate(PHONE_WIDTH, PHONE_HEIGHT);
		try {
			List<?> widths = (List<?>) this.driver.executeScript(WIDER_THAN_SCREEN);
			long document = ((Number) widths.get(0)).longValue();
			long body = ((Number) widths.get(1)).longValue();
			long viewport = ((Number) widths.get(2)).longValue();
			if (document > viewport || body > viewport) {
				throw new AssertionError("On a phone (" + PHONE_WIDTH + " × " + PHONE_HEIGHT + ") the page " + url
						+ " is " + Math.max(document, body) + " px wide, wider than the screen (" + viewport
						+ " px); put wide tables in <div class=\"table-responsive\">. Sticking out:\n  "
						+ widths.get(3));
			}
		}
		finally {
			if (this.chosenSize != null) {
				emulate(this.chosenSize[0], this.chosenSize[1]);
			}
			else {
				this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			}
		}
	}

	static String report(String url, List<Rule> violations) {
		StringBuilder report = new StringBuilder();
		report.append(violations.size())
			.append(" accessibility violation(s) (axe-core, ")
			.append(String.join(", ", AXE_TAGS))
			.append(") on ")
			.append(url)
			.append(':');
		for (Rule rule : violations) {
			report.append("\n\n- ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append("\n  ")
				.append(rule.getHelpUrl());
			for (CheckedNode node : rule.getNodes()) {
				report.append("\n  * ").append(node.getTarget());
				if (node.getFailureSummary() != null) {
					report.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
				}
			}
		}
		return report.toString();
	}

	/**
	 * The page that held this element has been replaced. Besides Selenium's stale-element
	 * answer, Chromium sometimes reports an element of an unloaded page as a node that
	 * "does not belong to the document": that means the same.
	 */
	private static ExpectedCondition<Boolean> replaced(WebElement element) {
		return (driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		};
	}

	/**
	 * Waits (at most 15 seconds) until a condition holds, the explicit way to wait for
	 * what the other helpers do not cover.
	 * @param <T> what the condition returns
	 * @param condition the condition, often from {@link ExpectedConditions}
	 * @param message what is wrong when it never holds
	 * @return what the condition returned
	 */
	public <T> T until(Function<? super WebDriver, T> condition, Supplier<String> message) {
		return new WebDriverWait(this.driver, TIMEOUT).withMessage(message).until(condition);
	}

	// ---- between tests ----------------------------------------------------------------

	private void reset() {
		this.chosenSize = null;
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.driver.get("about:blank");
	}

	private void keepEvidence(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
			Files.writeString(folder.resolve(name + ".html"),
					"<!-- " + currentUrl() + " -->\n" + this.driver.getPageSource());
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | WebDriverException ex) {
			// evidence is a courtesy: never hide the test's own failure
		}
	}

	/**
	 * Starts the shared Chromium when the first browser test needs it, gives each test
	 * method a {@link Browser} on the application's random port, and checks the page a
	 * test ends on.
	 */
	public static final class Extension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			browser(context).reset();
		}

		@Override
		public void afterEach(ExtensionContext context) {
			Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
			if (browser == null) {
				return;
			}
			if (context.getExecutionException().isPresent()) {
				browser.keepEvidence(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
				return;
			}
			browser.ensureChecked();
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return browser(context);
		}

		private static Browser browser(ExtensionContext context) {
			return context.getStore(NAMESPACE).computeIfAbsent(Browser.class, (key) -> {
				Chromium chromium = context.getRoot()
					.getStore(NAMESPACE)
					.computeIfAbsent(Chromium.class, (type) -> Chromium.start(), Chromium.class);
				String port = SpringExtension.getApplicationContext(context)
					.getEnvironment()
					.getRequiredProperty("local.server.port");
				return new Browser(chromium.driver, "http://localhost:" + port);
			}, Browser.class);
		}

	}

	/**
	 * The one Chromium of a test run, with its own profile and temporary folder, both
	 * deleted when the run ends (JUnit closes it with the root store).
	 */
	static final class Chromium implements AutoCloseable {

		private static final String TEMP_PREFIX = "org.chromium.Chromium.";

		final ChromeDriver driver;

		private final Path home;

		private final Set<String> foreignTempEntries;

		private Chromium(ChromeDriver driver, Path home, Set<String> foreignTempEntries) {
			this.driver = driver;
			this.home = home;
			this.foreignTempEntries = foreignTempEntries;
		}

		static Chromium start() {
			Path binary = Path.of(setting("AANBOORD_CHROMIUM", "/usr/bin/chromium"));
			Path chromedriver = Path.of(setting("AANBOORD_CHROMEDRIVER", "/usr/bin/chromedriver"));
			if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
				throw new IllegalStateException("""
						Browser tests need Chromium and its driver: %s %s, %s %s. Install them with \
						'apt-get install -y chromium chromium-driver', or point AANBOORD_CHROMIUM and \
						AANBOORD_CHROMEDRIVER at another Chromium and its matching chromedriver.""".formatted(binary,
						Files.isExecutable(binary) ? "is there" : "is missing", chromedriver,
						Files.isExecutable(chromedriver) ? "is there" : "is missing"));
			}
			Set<String> before = chromiumTempEntries();
			Path home = null;
			try {
				home = Files.createTempDirectory("aanboord-browser-");
				Path profile = Files.createDirectory(home.resolve("profile"));
				Path temp = Files.createDirectory(home.resolve("tmp"));
				ChromeOptions options = new ChromeOptions();
				options.setBinary(binary.toFile());
				options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
				options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile,
						// Bootstrap scrolls smoothly otherwise, and a click could land
						// before the element has scrolled into view
						"--force-prefers-reduced-motion");
				options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-BE,nl"));
				// Chromium puts its own temporary files (org.chromium.Chromium.*) in
				// TMPDIR
				ChromeDriverService service = new ChromeDriverService.Builder()
					.usingDriverExecutable(chromedriver.toFile())
					.usingAnyFreePort()
					.withEnvironment(Map.of("TMPDIR", temp.toString()))
					.build();
				ChromeDriver driver = new ChromeDriver(service, options);
				driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
				driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
				return new Chromium(driver, home, before);
			}
			catch (IOException | RuntimeException ex) {
				if (home != null) {
					deleteRecursively(home);
				}
				throw new IllegalStateException("Could not start Chromium " + binary + " with " + chromedriver, ex);
			}
		}

		@Override
		public void close() {
			try {
				this.driver.quit();
			}
			finally {
				deleteRecursively(this.home);
				// whatever Chromium still left in the shared temporary folder during this
				// run
				for (String name : chromiumTempEntries()) {
					if (!this.foreignTempEntries.contains(name)) {
						deleteRecursively(Path.of(System.getProperty("java.io.tmpdir"), name));
					}
				}
			}
		}

		private static Set<String> chromiumTempEntries() {
			Set<String> names = new HashSet<>();
			try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
				entries.map((entry) -> entry.getFileName().toString())
					.filter((name) -> name.startsWith(TEMP_PREFIX))
					.forEach(names::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return names;
		}

		private static void deleteRecursively(Path root) {
			if (!Files.exists(root)) {
				return;
			}
			try (Stream<Path> paths = Files.walk(root)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
					try {
						Files.deleteIfExists(path);
					}
					catch (IOException ex) {
						// a file Chromium still holds: the rest is deleted anyway
					}
				});
			}
			catch (IOException | UncheckedIOException ex) {
				// already gone, or vanishing while walked
			}
		}

		private static String setting(String name, String fallback) {
			String value = System.getenv(name);
			return (value != null && !value.isBlank()) ? value : fallback;
		}

	}

}
