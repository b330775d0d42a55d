package be.aanboord.trajectory;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What only a Ris+K trajectory holds: the kind of question and the evaluation (columns
 * {@code question_type} and {@code evaluation} of {@code trajectory}). The level and the
 * question are the trajectory's own, as other kinds have them too. Audited with the
 * trajectory, so a field added here is in the change history without more.
 */
@Embeddable
public class RiskDetails {

	@Enumerated(EnumType.STRING)
	private QuestionType questionType;

	private String evaluation;

	public QuestionType getQuestionType() {
		return this.questionType;
	}

	void setQuestionType(QuestionType questionType) {
		this.questionType = questionType;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

}
