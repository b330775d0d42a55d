package be.aanboord.prevention.template;

/**
 * A new goal's code is already the code of a goal of the same version (codes are unique
 * within a version: the lab's figures and the year-on-year comparison follow them).
 * Thrown before anything is saved; the form shows it next to the code.
 */
class CodeTaken extends RuntimeException {

	CodeTaken(String code) {
		super("goal code taken: " + code);
	}

}
