package be.aanboord.trajectory;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The fixed choices of the trajectory forms and filters (kinds, statuses, question types,
 * levels, NAFT forms and outcomes, round-table participants), in the model of every
 * trajectory page, so that templates never name a Java class.
 */
@ControllerAdvice(assignableTypes = { TrajectoryController.class, TrajectoryListController.class })
class TrajectoryChoices {

	@ModelAttribute("trajectoryKinds")
	List<TrajectoryKind> kinds() {
		return List.of(TrajectoryKind.values());
	}

	@ModelAttribute("trajectoryStatuses")
	List<TrajectoryStatus> statuses() {
		return List.of(TrajectoryStatus.values());
	}

	@ModelAttribute("questionTypes")
	List<QuestionType> questionTypes() {
		return List.of(QuestionType.values());
	}

	@ModelAttribute("trajectoryLevels")
	List<TrajectoryLevel> levels() {
		return List.of(TrajectoryLevel.values());
	}

	@ModelAttribute("pupilLevels")
	List<TrajectoryLevel> pupilLevels() {
		return TrajectoryLevel.ofPupils();
	}

	@ModelAttribute("roundTableParticipants")
	List<RoundTableParticipant> roundTableParticipants() {
		return List.of(RoundTableParticipant.values());
	}

	@ModelAttribute("naftForms")
	List<NaftForm> naftForms() {
		return List.of(NaftForm.values());
	}

	@ModelAttribute("naftOutcomes")
	List<NaftOutcome> naftOutcomes() {
		return List.of(NaftOutcome.values());
	}

}
