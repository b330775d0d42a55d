package be.aanboord.trajectory;

import org.springframework.web.bind.annotation.BindParam;

/** The trajectory list's query parameters, bound from their Dutch names in the URL. */
record TrajectoryQuery(@BindParam("schooljaar") String schoolYear, Long project,
		@BindParam("soort") TrajectoryKind kind, TrajectoryStatus status, Long school,
		@BindParam("schoolnaam") String schoolName, Long partner, @BindParam("vraagtype") QuestionType questionType,
		@BindParam("zoek") String text, @BindParam("sorteer") String sort) {

	/** The filter these parameters ask for; an unknown sort is ignored. */
	TrajectoryFilter filter(int currentYear) {
		return new TrajectoryFilter(TrajectoryFilter.schoolYear(this.schoolYear, currentYear), this.project, this.kind,
				this.status, this.school, this.schoolName, this.partner, this.questionType, this.text,
				(this.sort != null && TrajectoryFilter.SORTS.contains(this.sort)) ? this.sort : null);
	}

}
