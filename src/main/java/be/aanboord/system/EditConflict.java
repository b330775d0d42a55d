package be.aanboord.system;

/**
 * Someone else saved the record since the user opened the form: the form's version no
 * longer matches the record's. Thrown by an application service before it changes
 * anything; {@link Edits} shows the form again with the user's input and the message
 * {@code form.conflict}.
 */
public class EditConflict extends RuntimeException {

	public EditConflict(String record) {
		super("edited meanwhile: " + record);
	}

	/**
	 * Checks the version a form was opened on against the record's current version.
	 * @param record what is edited, for the log (e.g. {@code "school 12"})
	 * @param formVersion the version the form carried (a hidden field)
	 * @param currentVersion the version the record has now
	 * @throws EditConflict when they differ
	 */
	public static void check(String record, long formVersion, long currentVersion) {
		if (formVersion != currentVersion) {
			throw new EditConflict(record);
		}
	}

}
