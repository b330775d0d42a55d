package be.aanboord.help.card;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import be.aanboord.help.HelpLevel;

/**
 * Starting a card: a school from the school register ({@code schoolId}) or a typed name,
 * the municipality (when empty, the one of the chosen school's postal code) and the
 * levels (when none, the chosen school's level).
 */
public class CardStartForm {

	private Long schoolId;

	@Size(max = 200)
	private String schoolName;

	private String municipalityCode;

	private Set<HelpLevel> levels = EnumSet.noneOf(HelpLevel.class);

	public Long getSchoolId() {
		return this.schoolId;
	}

	public void setSchoolId(Long schoolId) {
		this.schoolId = schoolId;
	}

	public String getSchoolName() {
		return this.schoolName;
	}

	public void setSchoolName(String schoolName) {
		this.schoolName = schoolName;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public Set<HelpLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(Set<HelpLevel> levels) {
		this.levels = (levels != null) ? levels : EnumSet.noneOf(HelpLevel.class);
	}

}
