package be.aanboord.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import be.aanboord.AanBoordApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of the Docker image's AOT cache (see the Dockerfile): with the profile
 * {@code aot-training} the application context refreshes without a database, and the JVM
 * then exits with status 0 ({@code -Dspring.context.exit=onRefresh}). The database
 * address points at a closed port, so any bean that needs a connection while the context
 * starts makes the run fail, as it would fail the image build.
 */
class AotTrainingRunIT {

	@Test
	void theContextRefreshesWithoutADatabase(@TempDir Path directory) throws Exception {
		Path log = directory.resolve("training.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-Dspring.context.exit=onRefresh",
				"-Dspring.profiles.active=aot-training", "-Dspring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
				"-Dserver.port=0", "-Dmanagement.server.port=0", "-cp", System.getProperty("java.class.path"),
				AanBoordApplication.class.getName()))
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean exited = process.waitFor(5, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}
		String output = Files.readString(log);
		assertThat(exited).as("training run ended within 5 minutes").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("aot-training").doesNotContain("APPLICATION FAILED TO START");
	}

}
