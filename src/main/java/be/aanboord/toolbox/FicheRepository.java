package be.aanboord.toolbox;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FicheRepository extends JpaRepository<Fiche, Long> {

	@EntityGraph(attributePaths = { "references", "mediaLinks" })
	Optional<Fiche> findWithDetailsById(Long id);

	/** A fiche of the partner's own organisation. */
	@EntityGraph(attributePaths = { "references", "mediaLinks" })
	Optional<Fiche> findWithDetailsByIdAndOrganisationId(Long id, Long organisationId);

	Optional<Fiche> findByIdAndOrganisationId(Long id, Long organisationId);

	Optional<Fiche> findBySlug(String slug);

	Page<Fiche> findByOrganisationIdOrderByUpdatedAtDesc(Long organisationId, Pageable pageable);

	Page<Fiche> findByStatusOrderByUpdatedAtAsc(FicheStatus status, Pageable pageable);

	Page<Fiche> findByStatusAndLastReviewedOnBeforeOrderByLastReviewedOnAsc(FicheStatus status, LocalDate before,
			Pageable pageable);

}
