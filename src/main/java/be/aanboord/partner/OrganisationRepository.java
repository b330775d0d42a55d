package be.aanboord.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganisationRepository extends Repository<Organisation, Long> {

	List<Organisation> findAllByOrderByName();

	Optional<Organisation> findById(Long id);

	/** The directory order: the six categories in their fixed order, then by name. */
	@Query(value = """
			select * from organisation
			order by array_position(array['ONDERWIJS', 'ONDERSTEUNING_ONDERWIJS', 'WELZIJN', 'BRUG_ONDERWIJS_WELZIJN',
			                              'LOKALE_OVERHEID', 'OPLEIDING']::varchar[], category), name
			""", countQuery = "select count(*) from organisation", nativeQuery = true)
	Page<Organisation> findDirectoryPage(Pageable pageable);

}
