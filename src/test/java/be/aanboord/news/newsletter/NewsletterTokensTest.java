package be.aanboord.news.newsletter;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsletterTokensTest {

	@Test
	void confirmationTokensAreRandomAndOnlyTheirHashIsKept() {
		NewsletterTokens tokens = new NewsletterTokens("secret");
		String one = tokens.newToken();
		assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(tokens.newToken());
		assertThat(NewsletterTokens.hash(one)).hasSize(32).isEqualTo(NewsletterTokens.hash(one));
	}

	@Test
	void anUnsubscribeTokenNamesItsSubscriberAndCannotBeAltered() {
		NewsletterTokens tokens = new NewsletterTokens("secret");
		Instant confirmed = Instant.parse("2026-11-30T10:15:30.123Z");
		String token = tokens.unsubscribeToken(42, confirmed);
		assertThat(NewsletterTokens.subscriberId(token)).hasValue(42);
		assertThat(NewsletterTokens.subscriberId("42")).isEmpty();
		assertThat(NewsletterTokens.subscriberId("../etc.passwd")).isEmpty();
		String otherSecret = new NewsletterTokens("another").unsubscribeToken(42, confirmed);
		assertThat(otherSecret).isNotEqualTo(token);
		assertThat(tokens.unsubscribeToken(43, confirmed).substring(3)).isNotEqualTo(token.substring(3));
	}

}
