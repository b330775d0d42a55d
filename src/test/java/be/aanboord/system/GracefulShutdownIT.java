package be.aanboord.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import be.aanboord.AanBoordApplication;
import be.aanboord.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shutdown as a load balancer sees it (see {@link ShutdownDrain}): an application of its
 * own, on random ports with a drain delay of 3 s, is closed on another thread while the
 * test polls both ports.
 */
class GracefulShutdownIT {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void readinessGoesDownWhileTheMainPortStillServesThenThePortCloses() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AanBoordApplication.class)
			.profiles("test")
			.initializers(new TestDatabase())
			.run("--server.port=0", "--management.server.port=0", "--aanboord.shutdown.drain-delay=3s");
		String main = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		String readiness = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port")
				+ "/actuator/health/readiness";
		assertThat(get(readiness).statusCode()).as("ready after start-up").isEqualTo(200);
		assertThat(get(main + "/").statusCode()).isEqualTo(200);

		Thread closing = Thread.ofPlatform().name("close-context").start(context::close);
		HttpResponse<String> refusing = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (refusing == null && System.nanoTime() < deadline) {
			HttpResponse<String> probe = get(readiness);
			if (probe.statusCode() == 503) {
				refusing = probe;
			}
			else {
				Thread.sleep(20);
			}
		}
		assertThat(refusing).as("readiness down within 2 s of the start of the shutdown").isNotNull();
		assertThat(refusing.body()).contains("OUT_OF_SERVICE");
		assertThat(get(main + "/").statusCode()).as("the main port still serves while it drains").isEqualTo(200);
		assertThat(closing.isAlive()).as("the context waits for the drain delay").isTrue();

		closing.join(Duration.ofSeconds(40));
		assertThat(closing.isAlive()).as("closed within 40 s").isFalse();
		assertThatExceptionOfType(ConnectException.class).as("the main port is closed")
			.isThrownBy(() -> get(main + "/"));
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
