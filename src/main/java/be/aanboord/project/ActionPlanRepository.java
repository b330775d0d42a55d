package be.aanboord.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActionPlanRepository extends Repository<ActionPlan, Long> {

	@EntityGraph(attributePaths = { "goals", "activities", "targets" })
	Optional<ActionPlan> findByProjectAndSchoolYear(Project project, int startYear);

	@Query("select p.schoolYear from ActionPlan p where p.project = ?1 order by p.schoolYear desc")
	List<Integer> findPlannedYears(Project project);

}
