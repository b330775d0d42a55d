package be.aanboord.trajectory;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrajectorySessionRepository extends Repository<TrajectorySession, Long> {

	@Query("select s from TrajectorySession s where s.trajectory = ?1 order by s.sessionDate desc, s.id desc")
	List<TrajectorySession> findByTrajectory(Trajectory trajectory);

	TrajectorySession save(TrajectorySession session);

}
