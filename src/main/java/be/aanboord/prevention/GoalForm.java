package be.aanboord.prevention;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The form of a goal of the plan: rating 0–10 (empty allowed), the improvement ("Waar wil
 * je op inzetten om je score te verhogen?"), focus, a note per checklist question (by
 * question id), the version it was opened on, and {@code overwrite}: the stored version
 * the user chose to overwrite after a conflict.
 */
class GoalForm {

	@Min(0)
	@Max(10)
	private Integer rating;

	@Size(max = Plans.MAX_TEXT)
	private String improvement;

	private boolean focus;

	private Map<Long, String> notes = new LinkedHashMap<>();

	@NotNull
	private Integer version;

	private Integer overwrite;

	static GoalForm from(Plans.GoalEntry entry) {
		GoalForm form = new GoalForm();
		form.rating = entry.rating();
		form.improvement = entry.improvement();
		form.focus = entry.focus();
		form.notes = new LinkedHashMap<>(entry.notes());
		form.version = entry.version();
		return form;
	}

	/** Refuses notes longer than {@link Plans#MAX_TEXT}, each on its own field. */
	void checkNotes(Errors errors) {
		this.notes.forEach((question, note) -> {
			if (note != null && note.length() > Plans.MAX_TEXT) {
				errors.rejectValue("notes[" + question + "]", "prevention.goal.noteTooLong");
			}
		});
	}

	/**
	 * The version the save expects: the overwritten one after a conflict, else the
	 * form's.
	 */
	int expectedVersion() {
		return (this.overwrite != null) ? this.overwrite : ((this.version != null) ? this.version : -1);
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getImprovement() {
		return this.improvement;
	}

	public void setImprovement(String improvement) {
		this.improvement = improvement;
	}

	public boolean isFocus() {
		return this.focus;
	}

	public void setFocus(boolean focus) {
		this.focus = focus;
	}

	public Map<Long, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<Long, String> notes) {
		this.notes = notes;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getOverwrite() {
		return this.overwrite;
	}

	public void setOverwrite(Integer overwrite) {
		this.overwrite = overwrite;
	}

}
