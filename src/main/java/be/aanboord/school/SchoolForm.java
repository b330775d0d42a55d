package be.aanboord.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating or editing a school. */
class SchoolForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private SchoolLevel level;

	@NotNull
	private EducationNetwork network;

	@Size(max = 200)
	private String schoolCommunity;

	private Long clbId;

	@Size(max = 200)
	private String street;

	@Pattern(regexp = "(\\d{4})?")
	private String postalCode;

	@Size(max = 100)
	private String city;

	private int version;

	static SchoolForm from(School school) {
		SchoolForm form = new SchoolForm();
		form.name = school.getName();
		form.level = school.getLevel();
		form.network = school.getNetwork();
		form.schoolCommunity = school.getSchoolCommunity();
		form.clbId = school.getClbId();
		form.street = school.getStreet();
		form.postalCode = school.getPostalCode();
		form.city = school.getCity();
		form.version = school.getVersion();
		return form;
	}

	static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SchoolLevel getLevel() {
		return this.level;
	}

	public void setLevel(SchoolLevel level) {
		this.level = level;
	}

	public EducationNetwork getNetwork() {
		return this.network;
	}

	public void setNetwork(EducationNetwork network) {
		this.network = network;
	}

	public String getSchoolCommunity() {
		return this.schoolCommunity;
	}

	public void setSchoolCommunity(String schoolCommunity) {
		this.schoolCommunity = schoolCommunity;
	}

	public Long getClbId() {
		return this.clbId;
	}

	public void setClbId(Long clbId) {
		this.clbId = clbId;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = (postalCode != null) ? postalCode.strip() : null;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
