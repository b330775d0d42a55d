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

	/**
	 * What the advice page of a school year shows has changed when this string has: per
	 * table the number of rows and the sum of their versions (every update raises a
	 * version), the newest comment of the year and the newest change of the history (both
	 * are only ever added). One round trip over small tables and primary keys.
	 */
	@Query(nativeQuery = true, value = """
			select concat_ws('/',
			  (select count(*) || '.' || coalesce(sum(version), 0) from budget_plan),
			  (select count(*) || '.' || coalesce(sum(version), 0) from budget_year),
			  (select count(*) || '.' || coalesce(sum(version), 0) from funding_request),
			  (select count(*) || '.' || coalesce(max(id), 0) from budget_comment where school_year = ?1),
			  (select coalesce(max(id), 0) from budget_change))""")
	String stateOfAdvice(int startYear);

}
