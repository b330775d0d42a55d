package be.aanboord.trajectory;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Ris+K part of the trajectory form ({@code risk.questionType},
 * {@code risk.evaluation}), see {@link DetailsForm}.
 */
class RiskDetailsForm implements DetailsForm {

	@NotNull(groups = Required.class)
	private QuestionType questionType;

	@Size(max = 4000)
	private String evaluation;

	static RiskDetailsForm from(RiskDetails details) {
		RiskDetailsForm form = new RiskDetailsForm();
		form.questionType = details.getQuestionType();
		form.evaluation = details.getEvaluation();
		return form;
	}

	@Override
	public Map<String, String> freeTexts() {
		Map<String, String> texts = new HashMap<>();
		texts.put("evaluation", this.evaluation);
		return texts;
	}

	@Override
	public void applyTo(Trajectory trajectory) {
		RiskDetails details = trajectory.getRisk();
		details.setQuestionType(this.questionType);
		details.setEvaluation(TrajectoryForm.trimmed(this.evaluation));
	}

	public QuestionType getQuestionType() {
		return this.questionType;
	}

	public void setQuestionType(QuestionType questionType) {
		this.questionType = questionType;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

}
