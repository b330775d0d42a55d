package be.aanboord.partner;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

	/**
	 * Per organisation, the most involved lab role of its people (CHAIR before CORE_GROUP
	 * before …).
	 */
	@Query("select p.organisation.id as organisationId, p.labRole as role from Person p")
	List<Participation> findParticipations();

	interface Participation {

		Long getOrganisationId();

		LabRole getRole();

	}

}
