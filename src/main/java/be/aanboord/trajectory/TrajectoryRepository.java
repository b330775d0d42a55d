package be.aanboord.trajectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrajectoryRepository extends Repository<Trajectory, Long>, JpaSpecificationExecutor<Trajectory> {

	default Optional<Trajectory> findVisible(long id, TrajectoryScope scope) {
		return findVisible(id, scope.all(), scope.projectIds().toArray(Long[]::new), scope.organisationId());
	}

	/**
	 * The projects come as one array parameter rather than an "in" list, so that
	 * Hibernate translates this query once instead of on every call.
	 */
	@Query("""
			select t from Trajectory t
			where t.id = :id and (:all = true or array_contains(:projectIds, t.projectId)
			  or t.partnerId = :organisationId)""")
	Optional<Trajectory> findVisible(long id, boolean all, Long[] projectIds, long organisationId);

	@Override
	Page<Trajectory> findAll(Specification<Trajectory> spec, Pageable pageable);

	Trajectory save(Trajectory trajectory);

	/**
	 * The ids of the organisations that execute at least one trajectory, for the partner
	 * filter: a loose index scan of {@code trajectory_partner_idx}, one probe per partner
	 * rather than a pass over every trajectory.
	 */
	@Query(value = """
			with recursive partner as (
			  select min(partner_id) as id from trajectory
			  union all
			  select (select min(t.partner_id) from trajectory t where t.partner_id > partner.id)
			  from partner where partner.id is not null)
			select id from partner where id is not null""", nativeQuery = true)
	List<Long> findPartnerIds();

	boolean existsByPupilCode(String code);

	@Query("select t.id from Trajectory t where t.projectId not in :projectIds and (t.partnerId is null or t.partnerId <> :organisationId) order by t.id limit 1")
	Optional<Long> findOneOutside(Set<Long> projectIds, long organisationId);

}
