package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrajectorySessionRepository extends Repository<TrajectorySession, Long> {

	@Query("select s from TrajectorySession s where s.trajectory = ?1 order by s.sessionDate desc, s.id desc")
	List<TrajectorySession> findByTrajectory(Trajectory trajectory);

	TrajectorySession save(TrajectorySession session);

	@Query("select s from TrajectorySession s where s.id = ?1 and s.trajectory = ?2")
	java.util.Optional<TrajectorySession> findOnTrajectory(long sessionId, Trajectory trajectory);

	void delete(TrajectorySession session);

	void flush();

	/**
	 * Adds a saved session to its trajectory's totals in one statement, so that sessions
	 * logged at the same moment all count. Leaves the trajectory's version alone: a
	 * session does not conflict with an edit of the trajectory.
	 */
	@Modifying
	@Query(value = """
			update trajectory set logged_hours = logged_hours + :hours, session_count = session_count + 1
			where id = :trajectoryId""", nativeQuery = true)
	void addToTotals(long trajectoryId, BigDecimal hours);

	/**
	 * Corrects a trajectory's totals for a corrected or removed session in one statement
	 * (hours and count by their difference), so that sessions logged or corrected at the
	 * same moment all count. Leaves the trajectory's version alone.
	 */
	@Modifying
	@Query(value = """
			update trajectory set logged_hours = logged_hours + :hours, session_count = session_count + :sessions
			where id = :trajectoryId""", nativeQuery = true)
	void correctTotals(long trajectoryId, BigDecimal hours, int sessions);

}
