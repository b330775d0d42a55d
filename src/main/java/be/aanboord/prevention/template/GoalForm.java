package be.aanboord.prevention.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import be.aanboord.prevention.PlanTemplates;

import org.springframework.validation.Errors;

/**
 * What an editor types for a goal of a draft version: the statement as the school reads
 * it (1–500 characters), its short label on the routekaart (1–80), an explanation (at
 * most 4,000, may be empty), the checklist questions one per line (at least one, each at
 * most 1,000 characters, at most {@value #MAX_QUESTIONS}) and the toolbox fiches it links
 * to (chosen among the published ones). A new goal also has its phase (0–3) and its code,
 * unique in the version ({@code ^[A-Z0-9.]{1,20}$}, typed in any case). The form carries
 * the version's lock version.
 */
public class GoalForm {

	/** Most checklist questions of one goal. */
	public static final int MAX_QUESTIONS = 50;

	/** Most characters in one checklist question (the column's size). */
	public static final int MAX_QUESTION_LENGTH = 1000;

	/** Most fiches one goal links to. */
	public static final int MAX_FICHES = 200;

	private int lockVersion;

	private Integer phase;

	private String code = "";

	@NotBlank
	@Size(max = 500)
	private String statement = "";

	@NotBlank
	@Size(max = 80)
	private String label = "";

	@Size(max = 4000)
	private String explanation = "";

	@NotBlank
	@Size(max = 60000)
	private String questions = "";

	private List<Long> ficheIds = new ArrayList<>();

	static GoalForm from(PlanTemplates.Goal goal, List<Long> ficheIds, int lockVersion) {
		GoalForm form = new GoalForm();
		form.lockVersion = lockVersion;
		form.phase = goal.phase().number();
		form.code = goal.code();
		form.statement = goal.statement();
		form.label = goal.label();
		form.explanation = (goal.explanation() != null) ? goal.explanation() : "";
		form.questions = String.join("\n", goal.questions().stream().map(PlanTemplates.Question::text).toList());
		form.ficheIds = new ArrayList<>(ficheIds);
		return form;
	}

	/**
	 * The questions as typed: one per line, blank lines and surrounding spaces left out.
	 */
	List<String> questionLines() {
		return this.questions.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** The code as stored: without surrounding spaces, in capitals. */
	String normalisedCode() {
		return this.code.strip().toUpperCase(Locale.ROOT);
	}

	/** Checks the questions line by line (the field's own constraints come first). */
	void checkQuestions(Errors errors) {
		if (errors.hasFieldErrors("questions")) {
			return;
		}
		List<String> lines = questionLines();
		if (lines.isEmpty()) {
			errors.rejectValue("questions", "prevention.template.error.noQuestion");
		}
		else if (lines.size() > MAX_QUESTIONS) {
			errors.rejectValue("questions", "prevention.template.error.tooManyQuestions",
					new Object[] { MAX_QUESTIONS }, null);
		}
		else {
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).length() > MAX_QUESTION_LENGTH) {
					errors.rejectValue("questions", "prevention.template.error.questionTooLong",
							new Object[] { i + 1, MAX_QUESTION_LENGTH }, null);
					return;
				}
			}
		}
	}

	/** Checks the phase and the code of a new goal. */
	void checkNew(Errors errors) {
		if (!errors.hasFieldErrors("phase") && (this.phase == null || this.phase < 0 || this.phase > 3)) {
			errors.rejectValue("phase", "prevention.template.error.phase");
		}
		if (!normalisedCode().matches("[A-Z0-9.]{1,20}")) {
			errors.rejectValue("code", "prevention.template.error.code");
		}
	}

	public int getLockVersion() {
		return this.lockVersion;
	}

	public void setLockVersion(int lockVersion) {
		this.lockVersion = lockVersion;
	}

	public Integer getPhase() {
		return this.phase;
	}

	public void setPhase(Integer phase) {
		this.phase = phase;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code : "";
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = (statement != null) ? statement : "";
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label != null) ? label : "";
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = (explanation != null) ? explanation : "";
	}

	public String getQuestions() {
		return this.questions;
	}

	public void setQuestions(String questions) {
		this.questions = (questions != null) ? questions : "";
	}

	public List<Long> getFicheIds() {
		return this.ficheIds;
	}

	/** The chosen fiches, each once, at most {@value #MAX_FICHES}. */
	public void setFicheIds(List<Long> ficheIds) {
		this.ficheIds = (ficheIds != null)
				? new ArrayList<>(ficheIds.stream().filter(Objects::nonNull).distinct().limit(MAX_FICHES).toList())
				: new ArrayList<>();
	}

}
