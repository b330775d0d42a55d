package be.aanboord.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ProjectRepository extends Repository<Project, Long> {

	List<Project> findAllByOrderByPosition();

	Optional<Project> findBySlug(String slug);

	List<Project> findAllByIdIn(Iterable<Long> ids);

}
