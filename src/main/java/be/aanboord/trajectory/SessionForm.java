package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Logging one session on a trajectory's page. */
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

	/** The user confirmed the warning that the text may hold pupil data. */
	private boolean confirmWarnings;

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

}
