package be.aanboord.agenda.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	@Query("select count(r) from Registration r where r.activityId = :activity and r.status = 'CONFIRMED'")
	long confirmedFor(@Param("activity") long activityId);

	@Query("select count(r) from Registration r where r.workshopId = :workshop and r.status = 'CONFIRMED'")
	long confirmedForWorkshop(@Param("workshop") long workshopId);

	@Query("""
			select r from Registration r where r.activityId = :activity and r.status <> 'CANCELLED'
			and lower(r.email) = lower(:email)""")
	Optional<Registration> activeFor(@Param("activity") long activityId, @Param("email") String email);

	/** The waiting list in order of registration. */
	@Query("select r from Registration r where r.activityId = :activity and r.status = 'WAITING' order by r.id")
	List<Registration> waitingFor(@Param("activity") long activityId);

	/** Everyone still registered (seat or waiting list), in order of registration. */
	@Query("""
			select r from Registration r where r.activityId = :activity and r.status <> 'CANCELLED'
			and r.email is not null order by r.id""")
	List<Registration> activeFor(@Param("activity") long activityId);

	/** All registrations of an activity for its organisers, in order of registration. */
	List<Registration> findByActivityIdOrderById(long activityId);

	/** A registrant's place on the waiting list: 1 for the first. */
	@Query("""
			select count(r) from Registration r where r.activityId = :activity and r.status = 'WAITING'
			and r.id <= :id""")
	long waitingPosition(@Param("activity") long activityId, @Param("id") long id);

	@Query("select r from Registration r where lower(r.email) = lower(:email) order by r.id")
	List<Registration> findByEmail(@Param("email") String email);

	@Modifying
	@Query("delete from Registration r where lower(r.email) = lower(:email)")
	int deleteByEmail(@Param("email") String email);

	/**
	 * Registrations still naming a person for activities that ended before the moment.
	 */
	@Query(value = """
			select r.id from activity_registration r join activity a on a.id = r.activity_id
			where r.anonymised_at is null and a.ends_at < :before""", nativeQuery = true)
	List<Long> identifiableEndedBefore(@Param("before") Instant before);

}
