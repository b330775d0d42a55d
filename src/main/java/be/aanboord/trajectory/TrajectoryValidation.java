package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import be.aanboord.partner.Organisations;
import be.aanboord.project.SchoolYear;
import be.aanboord.project.SchoolYears;
import be.aanboord.school.Schools;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The rules of a trajectory form beyond single fields: the choices exist, required fields
 * of the kind's part ({@link DetailsForm.Required}), dates, hours in quarter hours,
 * allowed transitions, and warnings that need a confirmation. Errors go next to their
 * fields ({@code naft.referralDate} for a part's field).
 */
@Component
class TrajectoryValidation {

	private final SpringValidatorAdapter validator;

	private final SchoolYears schoolYears;

	private final Schools schools;

	private final Organisations organisations;

	private final ExecutingPartners executingPartners;

	TrajectoryValidation(Validator validator, SchoolYears schoolYears, Schools schools, Organisations organisations,
			ExecutingPartners executingPartners) {
		this.validator = new SpringValidatorAdapter(validator);
		this.schoolYears = schoolYears;
		this.schools = schools;
		this.organisations = organisations;
		this.executingPartners = executingPartners;
	}

	/**
	 * Checks the form of a new trajectory ({@code existing} null) or an edit; the form's
	 * kind and project are set.
	 */
	void validate(TrajectoryForm form, Trajectory existing, BindingResult result) {
		checkChoices(form, existing, result);
		TrajectoryKind kind = form.getKind();
		inQuarterHours("plannedHours", form.getPlannedHours(), result);
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			result.rejectValue("endDate", "trajectory.endDate.beforeStart");
		}
		if (kind == TrajectoryKind.RISK) {
			if (form.getLevel() == null) {
				result.rejectValue("level", "NotNull");
			}
			if (form.getPartnerId() == null) {
				result.rejectValue("partnerId", "NotNull");
			}
		}
		if (kind == TrajectoryKind.NAFT) {
			if (form.getLevel() == null) {
				result.rejectValue("level", "NotNull");
			}
			else if (!form.getLevel().isPupilLevel()) {
				result.rejectValue("level", "trajectory.level.notForPupils");
			}
		}
		result.pushNestedPath(form.partPath());
		this.validator.validate(form.part(), result, DetailsForm.Required.class);
		form.part().check(result);
		result.popNestedPath();
		if (existing != null && (form.getStatus() == null || !existing.canMoveTo(form.getStatus()))) {
			result.rejectValue("status", "trajectory.status.notAllowed");
		}
		if (result.hasErrors() || form.isConfirmWarnings()) {
			return;
		}
		warn(form, result);
	}

	/**
	 * Dates outside the school year and what looks like pupil data need a confirmation.
	 */
	private static void warn(TrajectoryForm form, BindingResult result) {
		boolean warned = false;
		if (form.getSchoolYear() != null) {
			SchoolYear year = new SchoolYear(form.getSchoolYear());
			for (String field : new String[] { "startDate", "endDate" }) {
				LocalDate date = "startDate".equals(field) ? form.getStartDate() : form.getEndDate();
				if (date != null && !year.contains(date)) {
					result.rejectValue(field, "trajectory.warning.outsideSchoolYear");
					warned = true;
				}
			}
		}
		Map<String, String> texts = new LinkedHashMap<>();
		if (form.getKind() != TrajectoryKind.NAFT) {
			texts.put("question", form.getQuestion());
		}
		form.part().freeTexts().forEach((field, text) -> texts.put(form.partPath() + "." + field, text));
		for (Map.Entry<String, String> text : texts.entrySet()) {
			if (PupilDataCheck.containsNationalNumber(text.getValue())) {
				result.rejectValue(text.getKey(), "trajectory.warning.nationalNumber");
				warned = true;
			}
			else if (PupilDataCheck.looksLikeName(text.getValue())) {
				result.rejectValue(text.getKey(), "trajectory.warning.name");
				warned = true;
			}
		}
		if (warned) {
			result.reject("trajectory.warning.confirm");
		}
	}

	/** The form offers existing ones only; anything else is refused next to its field. */
	private void checkChoices(TrajectoryForm form, Trajectory existing, BindingResult result) {
		if (form.getSchoolYear() != null && this.schoolYears.find(form.getSchoolYear()).isEmpty()) {
			result.rejectValue("schoolYear", "trajectory.choice.unknown");
		}
		if (form.getSchoolId() != null && this.schools.find(form.getSchoolId()).isEmpty()) {
			result.rejectValue("schoolId", "trajectory.choice.unknown");
		}
		if (form.getPartnerId() != null && this.organisations.find(form.getPartnerId()).isEmpty()) {
			result.rejectValue("partnerId", "trajectory.choice.unknown");
		}
		else if (form.getPartnerId() != null && form.getProjectId() != null && !result.hasFieldErrors("projectId")
				&& !isOwnPartner(existing, form.getPartnerId())
				&& !this.executingPartners.executes(form.getProjectId(), form.getPartnerId())) {
			result.rejectValue("partnerId", "trajectory.partner.notForProject");
		}
		Long clb = form.getNaft().getReferringClbId();
		if (form.getKind() == TrajectoryKind.NAFT && clb != null && this.organisations.find(clb).isEmpty()) {
			result.rejectValue("naft.referringClbId", "trajectory.choice.unknown");
		}
	}

	/** A trajectory keeps its partner, also one its project no longer lists. */
	private static boolean isOwnPartner(Trajectory trajectory, long partnerId) {
		return trajectory != null && trajectory.getPartnerId() != null && trajectory.getPartnerId() == partnerId;
	}

	static void inQuarterHours(String field, BigDecimal hours, Errors errors) {
		if (hours != null && !errors.hasFieldErrors(field) && !SessionForm.isQuarterHours(hours)) {
			errors.rejectValue(field, "trajectory.hours.quarters");
		}
	}

}
