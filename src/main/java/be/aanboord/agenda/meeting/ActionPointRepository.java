package be.aanboord.agenda.meeting;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActionPointRepository extends Repository<ActionPoint, Long> {

	Optional<ActionPoint> findById(Long id);

	ActionPoint save(ActionPoint point);

}
