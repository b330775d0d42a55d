package be.aanboord.prevention.template;

import jakarta.validation.constraints.Size;

/**
 * The note of a draft version: what changed in it, at most 500 characters (may be empty).
 * The form carries the version's lock version.
 */
public class NoteForm {

	private int lockVersion;

	@Size(max = 500)
	private String note = "";

	static NoteForm of(String note, int lockVersion) {
		NoteForm form = new NoteForm();
		form.note = (note != null) ? note : "";
		form.lockVersion = lockVersion;
		return form;
	}

	public int getLockVersion() {
		return this.lockVersion;
	}

	public void setLockVersion(int lockVersion) {
		this.lockVersion = lockVersion;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null) ? note : "";
	}

}
