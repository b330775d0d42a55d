package be.aanboord.help.editing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What anyone types to propose a correction: what is wrong (required, at most 4000
 * characters) and optionally an e-mail address for a reply. {@code website} is the
 * honeypot: hidden from people, filled in by robots.
 */
public class CorrectionForm {

	@NotBlank
	@Size(max = 4000)
	private String body;

	@Email
	@Size(max = 254)
	private String email;

	private String website;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	boolean isRobot() {
		return this.website != null && !this.website.isBlank();
	}

	/** The reply address, or null when none was given. */
	String replyAddress() {
		return (this.email == null || this.email.isBlank()) ? null : this.email.strip();
	}

}
