package be.aanboord.trajectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.aanboord.partner.Organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
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
			select t from Trajectory t join fetch t.project join fetch t.school left join fetch t.partner
			left join fetch t.referringClb
			where t.id = :id and (:all = true or array_contains(:projectIds, t.project.id)
			  or t.partner.id = :organisationId)""")
	Optional<Trajectory> findVisible(long id, boolean all, Long[] projectIds, long organisationId);

	@Override
	@EntityGraph(attributePaths = { "project", "school", "partner" })
	Page<Trajectory> findAll(Specification<Trajectory> spec, Pageable pageable);

	Trajectory save(Trajectory trajectory);

	/** The organisations that execute at least one trajectory, for the partner filter. */
	@Query("select o from Organisation o where exists (select 1 from Trajectory t where t.partner = o) order by o.name")
	List<Organisation> findPartners();

	boolean existsByPupilCode(String code);

	@Query("select t.id from Trajectory t where t.project.id not in :projectIds and (t.partner is null or t.partner.id <> :organisationId) order by t.id limit 1")
	Optional<Long> findOneOutside(Set<Long> projectIds, long organisationId);

}
