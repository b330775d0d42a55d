package be.aanboord.news.newsletter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The subscription form: an e-mail address and the consent to keep it for the newsletter.
 * {@code website} is the honeypot: hidden from people, filled in by robots.
 */
public class SubscribeForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@AssertTrue
	private boolean consent;

	private String website;

	boolean isRobot() {
		return this.website != null && !this.website.isEmpty();
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
