package be.aanboord.help;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The help offers, published and archived. */
public interface HelpOfferRepository extends JpaRepository<HelpOffer, Long> {

	Optional<HelpOffer> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** The offer with the municipalities it serves, for its page. */
	@EntityGraph(attributePaths = "municipalityCodes")
	@Query("select o from HelpOffer o where o.slug = :slug")
	Optional<HelpOffer> findWithRegionBySlug(@Param("slug") String slug);

}
