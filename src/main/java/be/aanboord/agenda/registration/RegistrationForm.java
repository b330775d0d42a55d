package be.aanboord.agenda.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor types to register. {@code website} is the honeypot: hidden from people,
 * filled in by robots.
 */
public class RegistrationForm {

	@NotBlank
	@Size(max = 150)
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 200)
	private String organisation;

	@Size(max = 150)
	private String jobFunction;

	private Long workshopId;

	@AssertTrue
	private boolean consent;

	private String website;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getJobFunction() {
		return this.jobFunction;
	}

	public void setJobFunction(String jobFunction) {
		this.jobFunction = jobFunction;
	}

	public Long getWorkshopId() {
		return this.workshopId;
	}

	public void setWorkshopId(Long workshopId) {
		this.workshopId = workshopId;
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

	/** Whether a robot filled in the field people do not see. */
	boolean isRobot() {
		return this.website != null && !this.website.isBlank();
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
