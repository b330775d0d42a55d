package be.aanboord.agenda.registration;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedLinksTest {

	private final SignedLinks links = new SignedLinks("een-geheim");

	private final Instant now = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void aLinkStandsForItsSubjectUntilItExpires() {
		String token = this.links.sign("registration", "42", this.now.plus(Duration.ofDays(1)));
		assertThat(this.links.verify("registration", token, this.now)).hasValue("42");
		assertThat(this.links.verify("registration", token, this.now.plus(Duration.ofDays(2)))).isEmpty();
		assertThat(this.links.verify("data", token, this.now)).as("another purpose").isEmpty();
	}

	@Test
	void anAlteredOrForeignLinkIsRefused() {
		String token = this.links.sign("registration", "42", this.now.plus(Duration.ofDays(1)));
		String other = new SignedLinks("een-ander-geheim").sign("registration", "42",
				this.now.plus(Duration.ofDays(1)));
		assertThat(this.links.verify("registration", other, this.now)).isEmpty();
		String forged = this.links.sign("registration", "43", this.now.plus(Duration.ofDays(1)));
		String swapped = forged.substring(0, forged.indexOf('.')) + token.substring(token.indexOf('.'));
		assertThat(this.links.verify("registration", swapped, this.now)).isEmpty();
		assertThat(this.links.verify("registration", "niets", this.now)).isEmpty();
		assertThat(this.links.verify("registration", "!!.??", this.now)).isEmpty();
		assertThat(this.links.verify("registration", null, this.now)).isEmpty();
	}

}
