package be.aanboord.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface OrganisationRepository extends Repository<Organisation, Long> {

	List<Organisation> findAllByOrderByName();

	Optional<Organisation> findById(Long id);

}
