package be.aanboord.trajectory;

/**
 * The question a Ris+K trajectory answers: pupil- or class-bound (curative), a team
 * question (preventive), or the school's care policy.
 */
public enum QuestionType {

	CURATIVE, PREVENTIVE, CARE_POLICY

}
