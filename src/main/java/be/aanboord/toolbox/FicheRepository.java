package be.aanboord.toolbox;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FicheRepository extends JpaRepository<Fiche, Long> {

	@EntityGraph(attributePaths = { "organisation", "references" })
	Optional<Fiche> findBySlugAndStatus(String slug, FicheStatus status);

	@EntityGraph(attributePaths = { "organisation", "references" })
	Optional<Fiche> findWithDetailsById(Long id);

	Optional<Fiche> findBySlug(String slug);

}
