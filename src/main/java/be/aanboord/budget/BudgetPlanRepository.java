package be.aanboord.budget;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BudgetPlanRepository extends Repository<BudgetPlan, Long> {

	/** The plan that covers a school year, if any. */
	@Query("select p from BudgetPlan p where p.firstYear <= ?1 and p.lastYear >= ?1")
	Optional<BudgetPlan> findCovering(int startYear);

	List<BudgetPlan> findAllByOrderByFirstYear();

}
