package be.aanboord.agenda.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRateLimitTest {

	@Test
	void eachAddressHasItsOwnBucket() {
		RegistrationRateLimit limit = new RegistrationRateLimit(3);
		assertThat(limit.allow("203.0.113.1")).isTrue();
		assertThat(limit.allow("203.0.113.1")).isTrue();
		assertThat(limit.allow("203.0.113.1")).isTrue();
		assertThat(limit.allow("203.0.113.1")).isFalse();
		assertThat(limit.allow("203.0.113.2")).isTrue();
	}

}
