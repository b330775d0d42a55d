package be.aanboord.prevention.action;

import java.time.LocalDate;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An action of the PDCA table as typed: the goal of the plan's template it serves, what
 * (1–1,000 characters), who (up to 300), when (a date between 2000 and 2100, empty
 * allowed), the check (up to 4,000) and the status; the version it was opened on when
 * editing. Limits from the columns of {@code plan_action}.
 */
public class ActionForm {

	private int version;

	@NotNull
	private Long goalId;

	@NotBlank
	@Size(max = 1000)
	private String what = "";

	@Size(max = 300)
	private String who = "";

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@Size(max = 4000)
	private String checkNote = "";

	@NotNull
	private ActionStatus status = ActionStatus.PLANNED;

	static ActionForm from(PlanActions.Action action) {
		ActionForm form = new ActionForm();
		form.version = action.version();
		form.goalId = action.goalId();
		form.what = action.what();
		form.who = (action.who() != null) ? action.who() : "";
		form.dueOn = action.dueOn();
		form.checkNote = (action.checkNote() != null) ? action.checkNote() : "";
		form.status = action.status();
		return form;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public Long getGoalId() {
		return this.goalId;
	}

	public void setGoalId(Long goalId) {
		this.goalId = goalId;
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = (what != null) ? what : "";
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = (who != null) ? who : "";
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getCheckNote() {
		return this.checkNote;
	}

	public void setCheckNote(String checkNote) {
		this.checkNote = (checkNote != null) ? checkNote : "";
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

}
