package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.aanboord.project.SchoolYear;

import org.springframework.validation.BindingResult;

/**
 * The rules of a trajectory form beyond single fields: required fields per kind, dates,
 * hours in quarter hours, allowed transitions, and warnings that need a confirmation.
 */
final class TrajectoryValidation {

	private TrajectoryValidation() {
	}

	static void validate(TrajectoryForm form, Trajectory existing, BindingResult result) {
		TrajectoryKind kind = form.getKind();
		inQuarterHours("plannedHours", form.getPlannedHours(), result);
		inQuarterHours("staffHours", form.getStaffHours(), result);
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			result.rejectValue("endDate", "trajectory.endDate.beforeStart");
		}
		if (kind == TrajectoryKind.RISK) {
			if (form.getQuestionType() == null) {
				result.rejectValue("questionType", "NotNull");
			}
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
			if (form.getReferringClbId() == null) {
				result.rejectValue("referringClbId", "NotNull");
			}
			if (form.getReferralDate() == null) {
				result.rejectValue("referralDate", "NotNull");
			}
			if (form.getSupplementary() == null) {
				result.rejectValue("supplementary", "NotNull");
			}
		}
		if (kind == TrajectoryKind.BRIDGE && (form.getCoach() == null || form.getCoach().isBlank())) {
			result.rejectValue("coach", "NotBlank");
		}
		if (existing != null && (form.getStatus() == null || !existing.canMoveTo(form.getStatus()))) {
			result.rejectValue("status", "trajectory.status.notAllowed");
		}
		if (result.hasErrors() || form.isConfirmWarnings()) {
			return;
		}
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
		for (String field : new String[] { "question", "evaluation", "intensity" }) {
			String text = switch (field) {
				case "question" -> form.getQuestion();
				case "evaluation" -> form.getEvaluation();
				default -> form.getIntensity();
			};
			if (PupilDataCheck.containsNationalNumber(text)) {
				result.rejectValue(field, "trajectory.warning.nationalNumber");
				warned = true;
			}
			else if (PupilDataCheck.looksLikeName(text)) {
				result.rejectValue(field, "trajectory.warning.name");
				warned = true;
			}
		}
		if (warned) {
			result.reject("trajectory.warning.confirm");
		}
	}

	private static void inQuarterHours(String field, BigDecimal hours, BindingResult result) {
		if (hours != null && !result.hasFieldErrors(field) && !SessionForm.isQuarterHours(hours)) {
			result.rejectValue(field, "trajectory.hours.quarters");
		}
	}

	static boolean withinRange(BigDecimal hours) {
		return hours.signum() >= 0 && hours.compareTo(BigDecimal.valueOf(200)) <= 0;
	}

}
