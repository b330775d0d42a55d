package be.aanboord.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The activities. */
public interface ActivityRepository extends JpaRepository<Activity, Long> {

	Optional<Activity> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * Activities of these types and statuses that have not ended at {@code now}, first
	 * first; a type of null, an audience or level of '' matches all ({@code audience} and
	 * {@code level} are enum names).
	 */
	@Query(value = """
			select a from Activity a
			where a.type in :types and a.status in :statuses and a.endsAt >= :now
			  and (:type is null or a.type = :type)
			  and (:audience = '' or concat(',', a.audienceNames, ',') like concat('%,', :audience, ',%'))
			  and (:level = '' or concat(',', a.levelNames, ',') like concat('%,', :level, ',%'))
			order by a.startsAt, a.id""", countQuery = """
			select count(a) from Activity a
			where a.type in :types and a.status in :statuses and a.endsAt >= :now
			  and (:type is null or a.type = :type)
			  and (:audience = '' or concat(',', a.audienceNames, ',') like concat('%,', :audience, ',%'))
			  and (:level = '' or concat(',', a.levelNames, ',') like concat('%,', :level, ',%'))""")
	Page<Activity> findUpcoming(@Param("types") Collection<ActivityType> types,
			@Param("statuses") Collection<ActivityStatus> statuses, @Param("now") Instant now,
			@Param("type") ActivityType type, @Param("audience") String audience, @Param("level") String level,
			Pageable pageable);

	/** Activities that have ended, the latest first; filters as for upcoming ones. */
	@Query(value = """
			select a from Activity a
			where a.type in :types and a.status in :statuses and a.endsAt < :now
			  and (:type is null or a.type = :type)
			  and (:audience = '' or concat(',', a.audienceNames, ',') like concat('%,', :audience, ',%'))
			  and (:level = '' or concat(',', a.levelNames, ',') like concat('%,', :level, ',%'))
			order by a.startsAt desc, a.id desc""", countQuery = """
			select count(a) from Activity a
			where a.type in :types and a.status in :statuses and a.endsAt < :now
			  and (:type is null or a.type = :type)
			  and (:audience = '' or concat(',', a.audienceNames, ',') like concat('%,', :audience, ',%'))
			  and (:level = '' or concat(',', a.levelNames, ',') like concat('%,', :level, ',%'))""")
	Page<Activity> findPast(@Param("types") Collection<ActivityType> types,
			@Param("statuses") Collection<ActivityStatus> statuses, @Param("now") Instant now,
			@Param("type") ActivityType type, @Param("audience") String audience, @Param("level") String level,
			Pageable pageable);

	/** Activities of these types and statuses that overlap the period [from, to). */
	@Query("""
			select a from Activity a
			where a.type in :types and a.status in :statuses and a.startsAt < :to and a.endsAt >= :from
			order by a.startsAt, a.id""")
	List<Activity> findOverlapping(@Param("types") Collection<ActivityType> types,
			@Param("statuses") Collection<ActivityStatus> statuses, @Param("from") Instant from,
			@Param("to") Instant to);

	/** Activities of these types and statuses starting from {@code from}, for a feed. */
	@Query("""
			select a from Activity a
			where a.type in :types and a.status in :statuses and a.startsAt >= :from
			order by a.startsAt, a.id""")
	List<Activity> findForFeed(@Param("types") Collection<ActivityType> types,
			@Param("statuses") Collection<ActivityStatus> statuses, @Param("from") Instant from, Pageable limit);

	/** All activities, the latest first (an administrator's list). */
	Page<Activity> findAllByOrderByStartsAtDescIdDesc(Pageable pageable);

	/** The activities organised by one of these projects, the latest first. */
	@Query(value = """
			select a from Activity a
			where exists (select 1 from Activity b join b.projectIds p where b = a and p in :projectIds)
			order by a.startsAt desc, a.id desc""", countQuery = """
			select count(a) from Activity a
			where exists (select 1 from Activity b join b.projectIds p where b = a and p in :projectIds)""")
	Page<Activity> findOrganisedBy(@Param("projectIds") Collection<Long> projectIds, Pageable pageable);

	/** Published activities of a project of these types not ended at {@code now}. */
	@Query("""
			select a from Activity a
			where a.type in :types and a.status = be.aanboord.agenda.ActivityStatus.PUBLISHED and a.endsAt >= :now
			  and exists (select 1 from Activity b join b.projectIds p where b = a and p = :projectId)
			order by a.startsAt, a.id""")
	List<Activity> findUpcomingOfProject(@Param("projectId") long projectId,
			@Param("types") Collection<ActivityType> types, @Param("now") Instant now, Pageable limit);

	/** The activity with its programme, for its page. */
	@EntityGraph(attributePaths = { "programme", "projectIds", "partnerIds" })
	@Query("select a from Activity a where a.slug = :slug")
	Optional<Activity> findWithProgrammeBySlug(@Param("slug") String slug);

	/** The activity with its programme, projects and partners, for its organisers. */
	@EntityGraph(attributePaths = { "programme", "projectIds", "partnerIds" })
	@Query("select a from Activity a where a.id = :id")
	Optional<Activity> findWithProgrammeById(@Param("id") long id);

}
