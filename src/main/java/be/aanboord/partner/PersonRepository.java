package be.aanboord.partner;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

	/** How the people of these organisations take part in the lab. */
	@Query("select p.organisation.id as organisationId, p.labRole as role from Person p where p.organisation in ?1")
	List<Participation> findParticipations(List<Organisation> organisations);

	interface Participation {

		Long getOrganisationId();

		LabRole getRole();

	}

}
