package be.aanboord.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActionPlanRepository extends Repository<ActionPlan, Long> {

	@EntityGraph(attributePaths = { "schoolYear", "goals", "activities", "targets" })
	Optional<ActionPlan> findByProjectAndSchoolYearStartYear(Project project, int startYear);

	@Query("select p.schoolYear.startYear from ActionPlan p where p.project = ?1 order by p.schoolYear.startYear desc")
	List<Integer> findPlannedYears(Project project);

}
