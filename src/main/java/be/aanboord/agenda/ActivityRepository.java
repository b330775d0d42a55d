package be.aanboord.agenda;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The activities. */
public interface ActivityRepository extends JpaRepository<Activity, Long> {

	Optional<Activity> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
