package be.aanboord.news.newsletter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsletterRateLimitTest {

	@Test
	void eachAddressHasItsOwnBucket() {
		NewsletterRateLimit limit = new NewsletterRateLimit(2);
		assertThat(limit.allow("203.0.113.1")).isTrue();
		assertThat(limit.allow("203.0.113.1")).isTrue();
		assertThat(limit.allow("203.0.113.1")).isFalse();
		assertThat(limit.allow("203.0.113.2")).isTrue();
	}

}
