package be.aanboord.agenda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person of a member school taking part in a learning network: name and function only.
 */
class NetworkForm {

	@NotNull
	private Long schoolId;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@Size(max = 200)
	private String functionTitle;

	public Long getSchoolId() {
		return this.schoolId;
	}

	public void setSchoolId(Long schoolId) {
		this.schoolId = schoolId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getFunctionTitle() {
		return this.functionTitle;
	}

	public void setFunctionTitle(String functionTitle) {
		this.functionTitle = functionTitle;
	}

}
