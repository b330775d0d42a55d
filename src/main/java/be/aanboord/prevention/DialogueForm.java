package be.aanboord.prevention;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.aanboord.system.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of one dialogue step of the plan: the step (1–5), its status, when it started
 * and was completed (completed on or after started), a note, and the version it was
 * opened on.
 */
class DialogueForm {

	@NotNull
	@Min(1)
	@Max(5)
	private Integer step;

	@NotNull
	private DialogueStatus status = DialogueStatus.NOT_STARTED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PlausibleDate
	private LocalDate completedOn;

	@Size(max = Plans.MAX_TEXT)
	private String note;

	@NotNull
	private Integer version;

	static DialogueForm from(Plans.DialogueEntry entry) {
		DialogueForm form = new DialogueForm();
		form.step = entry.step();
		form.status = entry.status();
		form.startedOn = entry.startedOn();
		form.completedOn = entry.completedOn();
		form.note = entry.note();
		form.version = entry.version();
		return form;
	}

	/** Completed on or after the day it started (the table's check). */
	@AssertTrue
	public boolean isCompletedAfterStart() {
		return this.startedOn == null || this.completedOn == null || !this.completedOn.isBefore(this.startedOn);
	}

	public Integer getStep() {
		return this.step;
	}

	public void setStep(Integer step) {
		this.step = step;
	}

	public DialogueStatus getStatus() {
		return this.status;
	}

	public void setStatus(DialogueStatus status) {
		this.status = status;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
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
