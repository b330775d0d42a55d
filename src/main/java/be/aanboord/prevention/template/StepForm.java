package be.aanboord.prevention.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import be.aanboord.prevention.PlanTemplates;

/**
 * What an editor types for a dialogue step of a draft version (seed 003, "Aanwezig op
 * school"): the title (1–200 characters), the aim (1–4,000), the guiding questions one
 * per line with "## topic" lines starting a topic (1–8,000) and the CLB's role (1–4,000).
 * The form carries the version's lock version.
 */
public class StepForm {

	private int lockVersion;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotBlank
	@Size(max = 4000)
	private String aim = "";

	@NotBlank
	@Size(max = 8000)
	private String guidance = "";

	@NotBlank
	@Size(max = 4000)
	private String clbRole = "";

	static StepForm from(PlanTemplates.DialogueStep step, int lockVersion) {
		StepForm form = new StepForm();
		form.lockVersion = lockVersion;
		form.title = step.title();
		form.aim = step.aim();
		form.guidance = step.guidance();
		form.clbRole = step.clbRole();
		return form;
	}

	public int getLockVersion() {
		return this.lockVersion;
	}

	public void setLockVersion(int lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = (title != null) ? title : "";
	}

	public String getAim() {
		return this.aim;
	}

	public void setAim(String aim) {
		this.aim = (aim != null) ? aim : "";
	}

	public String getGuidance() {
		return this.guidance;
	}

	public void setGuidance(String guidance) {
		this.guidance = (guidance != null) ? guidance : "";
	}

	public String getClbRole() {
		return this.clbRole;
	}

	public void setClbRole(String clbRole) {
		this.clbRole = (clbRole != null) ? clbRole : "";
	}

}
