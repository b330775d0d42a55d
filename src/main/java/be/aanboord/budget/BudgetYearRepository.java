package be.aanboord.budget;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.aanboord.system.NotFoundException;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BudgetYearRepository extends Repository<BudgetYear, Integer> {

	/** A school year with its plan and requests, in one query. */
	@Query("""
			select distinct y from BudgetYear y join fetch y.plan
			left join fetch y.requests r
			where y.startYear = ?1""")
	Optional<BudgetYear> findWithRequests(int startYear);

	/**
	 * A school year with its plan and requests.
	 * @throws NotFoundException when the school year has no budget
	 */
	default BudgetYear get(int startYear) {
		return findWithRequests(startYear).orElseThrow(() -> new NotFoundException("budget year " + startYear));
	}

	/** Every school year with its requests, for comparisons across years. */
	@Query("""
			select distinct y from BudgetYear y join fetch y.plan
			left join fetch y.requests r
			order by y.startYear""")
	List<BudgetYear> findAllWithRequests();

	/**
	 * The school years in one of the given steps with their requests (the years a
	 * {@link BudgetReader} may read in full), oldest first.
	 */
	@Query("""
			select distinct y from BudgetYear y join fetch y.plan
			left join fetch y.requests r
			where y.step in ?1
			order by y.startYear""")
	List<BudgetYear> findAllWithRequestsIn(Collection<BudgetStep> steps);

	/** A school year with its plan but without its requests. */
	@Query("select y from BudgetYear y join fetch y.plan where y.startYear = ?1")
	Optional<BudgetYear> findWithoutRequests(int startYear);

	BudgetYear saveAndFlush(BudgetYear year);

}
