package be.aanboord.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ProjectRepository extends Repository<Project, Long> {

	@EntityGraph(attributePaths = "leadOrganisation")
	List<Project> findAllByOrderByPosition();

	@EntityGraph(attributePaths = "leadOrganisation")
	Optional<Project> findBySlug(String slug);

	List<Project> findAllByIdIn(Iterable<Long> ids);

}
