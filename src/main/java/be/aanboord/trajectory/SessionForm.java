package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.aanboord.project.SchoolYear;
import be.aanboord.system.PlausibleDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** Logging one session on a trajectory's page, or correcting one. */
class SessionForm {

	@NotNull
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sessionDate;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("200")
	private BigDecimal hours;

	@NotBlank
	@Size(max = 200)
	private String activity;

	@Size(max = 2000)
	private String note;

	/**
	 * The user confirmed the warnings: a date outside the trajectory's school year, text
	 * that may hold pupil data.
	 */
	private boolean confirmWarnings;

	/** The version of the session that was corrected (when correcting one). */
	private Integer version;

	/** The form to correct a logged session. */
	static SessionForm from(TrajectorySession session) {
		SessionForm form = new SessionForm();
		form.setSessionDate(session.getSessionDate());
		form.setHours(session.getHours());
		form.setActivity(session.getActivity());
		form.setNote(session.getNote());
		form.setVersion(session.getVersion());
		return form;
	}

	/**
	 * Checks what the fields cannot check alone (quarter hours), then, unless the user
	 * confirmed them, what needs a confirmation: a date outside the trajectory's school
	 * year and text that looks like a pupil's name or national register number.
	 * @return whether the form was refused only for warnings
	 */
	boolean validate(Trajectory trajectory, BindingResult result) {
		if (this.hours != null && !result.hasFieldErrors("hours") && !isQuarterHours(this.hours)) {
			result.rejectValue("hours", "trajectory.hours.quarters");
		}
		if (result.hasErrors() || this.confirmWarnings) {
			return false;
		}
		SchoolYear year = new SchoolYear(trajectory.getSchoolYear());
		if (this.sessionDate != null && !year.contains(this.sessionDate)) {
			result.rejectValue("sessionDate", "trajectory.warning.sessionOutsideSchoolYear",
					new Object[] { year.getLabel() }, null);
		}
		warnAboutPupilData("activity", this.activity, result);
		warnAboutPupilData("note", this.note, result);
		return result.hasErrors();
	}

	private static void warnAboutPupilData(String field, String text, BindingResult result) {
		if (PupilDataCheck.containsNationalNumber(text)) {
			result.rejectValue(field, "trajectory.warning.nationalNumber");
		}
		else if (PupilDataCheck.looksLikeName(text)) {
			result.rejectValue(field, "trajectory.warning.name");
		}
	}

	/** Quarter hours only: 0.25, 0.5, 0.75, 1, … */
	static boolean isQuarterHours(BigDecimal hours) {
		return hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
	}

	public LocalDate getSessionDate() {
		return this.sessionDate;
	}

	public void setSessionDate(LocalDate sessionDate) {
		this.sessionDate = sessionDate;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public boolean isConfirmWarnings() {
		return this.confirmWarnings;
	}

	public void setConfirmWarnings(boolean confirmWarnings) {
		this.confirmWarnings = confirmWarnings;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
