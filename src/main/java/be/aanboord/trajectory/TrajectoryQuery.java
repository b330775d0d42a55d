package be.aanboord.trajectory;

import org.springframework.web.bind.annotation.BindParam;

/** The trajectory list's query parameters, bound from their Dutch names in the URL. */
record TrajectoryQuery(@BindParam("schooljaar") String schoolYear, Long project,
		@BindParam("soort") TrajectoryKind kind, TrajectoryStatus status, Long school,
		@BindParam("schoolnaam") String schoolName, Long partner, @BindParam("vraagtype") QuestionType questionType,
		@BindParam("zoek") String text, @BindParam("sorteer") String sort) {

	/** Whether every school year is asked for ({@code schooljaar=alle}). */
	boolean allYears() {
		return TrajectoryFilter.ALL_YEARS.equals(this.schoolYear);
	}

	/**
	 * The filter these parameters ask for, in the given school year (null: every year);
	 * an unknown sort is ignored.
	 */
	TrajectoryFilter filter(Integer year) {
		return new TrajectoryFilter(year, this.project, this.kind, this.status, this.school, this.schoolName,
				this.partner, this.questionType, this.text,
				(this.sort != null && TrajectoryFilter.SORTS.contains(this.sort)) ? this.sort : null);
	}

}
