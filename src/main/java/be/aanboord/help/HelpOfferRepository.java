package be.aanboord.help;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The help offers, published and archived. */
public interface HelpOfferRepository extends JpaRepository<HelpOffer, Long> {

	Optional<HelpOffer> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
