package be.aanboord.agenda;

import java.time.LocalDate;

import be.aanboord.account.CurrentUser;

import org.springframework.validation.BindingResult;

/**
 * The rules of the activity form that span fields, each reported on the field to correct.
 */
final class ActivityValidation {

	private ActivityValidation() {
	}

	static void check(ActivityForm form, BindingResult result, CurrentUser user) {
		if (form.getStartDate() != null && form.getStartTime() != null && form.getEndTime() != null
				&& !result.hasFieldErrors("endDate")) {
			LocalDate last = form.lastDate();
			if (last.isBefore(form.getStartDate())
					|| (last.equals(form.getStartDate()) && form.getEndTime().isBefore(form.getStartTime()))) {
				result.rejectValue("endTime", "agenda.error.endBeforeStart");
			}
		}
		if (form.getType() == ActivityType.NETWORK_MEETING && form.getLearningNetwork() == null) {
			result.rejectValue("learningNetwork", "agenda.error.networkRequired");
		}
		if (form.getOnlineLink() != null && !form.getOnlineLink().isBlank()
				&& !form.getOnlineLink().strip().matches("(?i)https?://\\S+")) {
			result.rejectValue("onlineLink", "agenda.error.link");
		}
		if (form.getRegistrationOpensOn() != null && form.getRegistrationClosesOn() != null
				&& form.getRegistrationClosesOn().isBefore(form.getRegistrationOpensOn())) {
			result.rejectValue("registrationClosesOn", "agenda.error.closesBeforeOpens");
		}
		if (!form.getProjectIds().isEmpty() && !ActivityOrganisers.mayOrganiseFor(user, form.getProjectIds())) {
			result.rejectValue("projectIds", "agenda.error.project");
		}
		for (int i = 0; i < form.getProgramme().size(); i++) {
			ActivityForm.ProgrammeRow row = form.getProgramme().get(i);
			if (row.isRemove() || row.isEmpty()) {
				continue;
			}
			String prefix = "programme[" + i + "].";
			if (row.getKind() == null) {
				result.rejectValue(prefix + "kind", "NotNull");
			}
			if (row.getStartTime() == null && !result.hasFieldErrors(prefix + "startTime")) {
				result.rejectValue(prefix + "startTime", "NotNull");
			}
			if (row.getEndTime() == null && !result.hasFieldErrors(prefix + "endTime")) {
				result.rejectValue(prefix + "endTime", "NotNull");
			}
			if (row.getStartTime() != null && row.getEndTime() != null
					&& row.getEndTime().isBefore(row.getStartTime())) {
				result.rejectValue(prefix + "endTime", "agenda.error.endBeforeStart");
			}
		}
	}

}
