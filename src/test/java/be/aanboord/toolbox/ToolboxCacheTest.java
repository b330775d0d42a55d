package be.aanboord.toolbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolboxCacheTest {

	@Test
	void manyRequestsMissingTheSameEntryComputeItOnce() throws Exception {
		ToolboxCache cache = new ToolboxCache(Duration.ofMinutes(1));
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return cache.get("search ouders", () -> {
						computations.incrementAndGet();
						sleep(200);
						return "resultaten";
					});
				}));
			}
			start.countDown();
			for (Future<String> result : results) {
				assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("resultaten");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(computations).hasValue(1);
	}

	@Test
	void clearingMakesTheNextRequestComputeAfresh() {
		ToolboxCache cache = new ToolboxCache(Duration.ofMinutes(1));
		assertThat(cache.get("fiche a", () -> "oud")).isEqualTo("oud");
		assertThat(cache.get("fiche a", () -> "nieuw")).isEqualTo("oud");
		cache.clear();
		assertThat(cache.get("fiche a", () -> "nieuw")).isEqualTo("nieuw");
	}

	@Test
	void aZeroTimeToLiveCachesNothing() {
		ToolboxCache cache = new ToolboxCache(Duration.ZERO);
		assertThat(cache.get("fiche a", () -> "een")).isEqualTo("een");
		assertThat(cache.get("fiche a", () -> "twee")).isEqualTo("twee");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
