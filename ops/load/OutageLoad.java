import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the database outage drill (ops/db-outage-drill.sh), a single-file Java program ({@code java
 * OutageLoad.java ...}), localhost only, every request with a 10 s time-out.
 *
 * <pre>
 * run BASE SECONDS OUT TRAJECTORY ACTIVITY   sign in, write the file OUT.ready, then load BASE for SECONDS, one line
 *                                            per request in the CSV file OUT:
 *                                            kind,start ms,end ms,status (0: no answer). Kinds: "public" (anonymous
 *                                            kept pages /, /projecten, /toolbox), "db" (signed in as coordinator:
 *                                            /trajecten, /start), "write" (signed in: log a session of a quarter
 *                                            hour with ACTIVITY on trajectory TRAJECTORY; a 302 to the trajectory
 *                                            is a committed write)
 * report OUT DOWN UP                         the figures for the outage from DOWN to UP (epoch ms)
 * </pre>
 */
public class OutageLoad {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	static final String PASSWORD = "AanBoord-demo-2026";

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "run" -> run(args[1], Integer.parseInt(args[2]), Path.of(args[3]), Long.parseLong(args[4]), args[5]);
			case "report" -> report(Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	record Sample(String kind, long start, long end, int status) {
	}

	static void run(String base, int seconds, Path out, long trajectory, String activity) throws Exception {
		List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean failed = new AtomicBoolean();
		long signInUntil = System.currentTimeMillis() + 120_000;
		HttpClient[] sessions = new HttpClient[3];
		for (int i = 0; i < sessions.length; i++) {
			sessions[i] = client(true);
			if (!signIn(sessions[i], base, signInUntil)) {
				System.err.println("could not sign in as coordinator");
				System.exit(1);
			}
		}
		Files.writeString(Path.of(out + ".ready"), "ready\n");
		long until = System.currentTimeMillis() + seconds * 1000L;
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			workers.add(Thread.ofPlatform().start(() -> anonymous(base, until, samples)));
		}
		for (int i = 0; i < 2; i++) {
			HttpClient http = sessions[i];
			workers.add(Thread.ofPlatform().start(() -> signedIn(http, base, until, samples)));
		}
		workers.add(Thread.ofPlatform()
			.start(() -> writer(sessions[2], base, until, samples, trajectory, activity, failed)));
		for (Thread worker : workers) {
			worker.join();
		}
		try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out))) {
			synchronized (samples) {
				for (Sample s : samples) {
					csv.println(s.kind() + "," + s.start() + "," + s.end() + "," + s.status());
				}
			}
		}
		if (failed.get()) {
			System.exit(1);
		}
	}

	static void anonymous(String base, long until, List<Sample> samples) {
		HttpClient http = client(false);
		String[] pages = { "/", "/projecten", "/toolbox" };
		for (int n = 0; System.currentTimeMillis() < until; n++) {
			samples.add(get(http, base + pages[n % pages.length], "public"));
			pause();
		}
	}

	static void signedIn(HttpClient http, String base, long until, List<Sample> samples) {
		String[] pages = { "/trajecten", "/start" };
		for (int n = 0; System.currentTimeMillis() < until; n++) {
			samples.add(get(http, base + pages[n % pages.length], "db"));
			pause();
		}
	}

	static void writer(HttpClient http, String base, long until, List<Sample> samples, long trajectory,
			String activity, AtomicBoolean failed) {
		String page = base + "/trajecten/" + trajectory;
		String token = null;
		String date = LocalDate.now().toString();
		while (System.currentTimeMillis() < until) {
			if (token == null) {
				token = csrf(http, page);
				if (token == null) {
					pause();
					continue;
				}
			}
			String form = "sessionDate=" + date + "&hours=0.25&activity=" + encode(activity)
					+ "&confirmWarnings=true&_csrf=" + encode(token);
			long start = System.currentTimeMillis();
			int status = 0;
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(page + "/sessies"))
					.timeout(TIMEOUT)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.discarding());
				status = response.statusCode();
				if (status == 302 && !response.headers().firstValue("Location").orElse("").contains("/trajecten/")) {
					status = 399; // redirected elsewhere (to the login page): not a committed write
				}
				if (status == 403) {
					token = null;
				}
			}
			catch (IOException | InterruptedException ex) {
				status = 0;
			}
			samples.add(new Sample("write", start, System.currentTimeMillis(), status));
			pause();
		}
	}

	static boolean signIn(HttpClient http, String base, long until) {
		while (System.currentTimeMillis() < until) {
			try {
				String token = csrf(http, base + "/login");
				if (token != null) {
					HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
						.timeout(TIMEOUT)
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(
								"username=coordinator&password=" + PASSWORD + "&_csrf=" + encode(token)))
						.build(), HttpResponse.BodyHandlers.discarding());
					if (login.statusCode() == 302
							&& login.headers().firstValue("Location").orElse("").endsWith("/start")) {
						return true;
					}
				}
			}
			catch (IOException | InterruptedException ex) {
				// try again
			}
			pause();
		}
		return false;
	}

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static String csrf(HttpClient http, String url) {
		try {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(page.body());
			return (page.statusCode() == 200 && token.find()) ? token.group(1) : null;
		}
		catch (IOException | InterruptedException ex) {
			return null;
		}
	}

	static Sample get(HttpClient http, String url, String kind) {
		long start = System.currentTimeMillis();
		int status;
		try {
			status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException | InterruptedException ex) {
			status = 0;
		}
		return new Sample(kind, start, System.currentTimeMillis(), status);
	}

	static HttpClient client(boolean cookies) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		if (cookies) {
			builder.cookieHandler(new CookieManager());
		}
		return builder.build();
	}

	static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static void report(Path csv, long down, long up) throws IOException {
		List<Sample> samples = new ArrayList<>();
		for (String line : Files.readAllLines(csv)) {
			String[] f = line.split(",");
			samples.add(new Sample(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3])));
		}
		// during the outage: requests that were open at any moment between DOWN and UP
		List<Sample> db = samples.stream()
			.filter((s) -> s.kind().equals("db") && s.end() >= down && s.start() < up)
			.toList();
		List<Long> latencies = db.stream().map((s) -> s.end() - s.start()).sorted().toList();
		long max = latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1);
		long p99 = latencies.isEmpty() ? 0
				: latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(latencies.size() * 0.99) - 1));
		long unavailable = db.stream().filter((s) -> s.status() == 503).count();
		long ok = db.stream().filter((s) -> s.status() / 100 == 2).count();
		long other = db.size() - unavailable - ok;
		List<Sample> cached = samples.stream()
			.filter((s) -> s.kind().equals("public") && s.end() >= down && s.start() < up)
			.toList();
		long cachedOk = cached.stream().filter((s) -> s.status() / 100 == 2).count();
		long cachedMax = cached.stream().mapToLong((s) -> s.end() - s.start()).max().orElse(0);
		long firstOk = samples.stream()
			.filter((s) -> s.kind().equals("db") && s.status() / 100 == 2 && s.end() >= up)
			.mapToLong(Sample::end)
			.min()
			.orElse(-1);
		List<Sample> writes = samples.stream().filter((s) -> s.kind().equals("write")).toList();
		long acknowledged = writes.stream().filter((s) -> s.status() == 302).count();
		long writesDuring = writes.stream().filter((s) -> s.end() >= down && s.start() < up).count();
		long writes503 = writes.stream()
			.filter((s) -> s.end() >= down && s.start() < up && s.status() == 503)
			.count();
		long writesOther = writes.stream().filter((s) -> s.status() != 302 && s.status() != 503).count();
		System.out.printf(Locale.ROOT, "  DB pages during the outage:        %d requests, max %.2f s, p99 %.2f s%n",
				db.size(), max / 1000.0, p99 / 1000.0);
		System.out.printf(Locale.ROOT, "  their answers:                     503 %.1f %%, 2xx %.1f %%, other %.1f %% (%d)%n",
				pct(unavailable, db.size()), pct(ok, db.size()), pct(other, db.size()), other);
		System.out.printf(Locale.ROOT, "  kept public pages answered 2xx:    %.1f %% of %d (max %.2f s)%n",
				pct(cachedOk, cached.size()), cached.size(), cachedMax / 1000.0);
		System.out.printf(Locale.ROOT, "  first 2xx of a DB page after return: %s%n",
				(firstOk < 0) ? "none" : String.format(Locale.ROOT, "%.2f s", (firstOk - up) / 1000.0));
		System.out.printf(Locale.ROOT, "  writes: %d acknowledged (302) in all; during the outage %d sent, %d got 503; "
				+ "other answers in all: %d%n", acknowledged, writesDuring, writes503, writesOther);
		System.out.println("ACKNOWLEDGED=" + acknowledged);
		System.out.printf(Locale.ROOT, "CHECK max=%d p99=%d firstOk=%d%n", max, p99, (firstOk < 0) ? -1 : firstOk - up);
	}

	static double pct(long part, long whole) {
		return (whole == 0) ? 0 : 100.0 * part / whole;
	}

}
