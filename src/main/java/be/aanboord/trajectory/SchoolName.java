package be.aanboord.trajectory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A school's name as the trajectory list filters and sorts by it: a read-only view of the
 * school module's table, joined by the list's query only (pages show names from
 * {@code school.Schools}). A join lets PostgreSQL sort the matching trajectories by name
 * in one pass, where a subselect per row cost a lookup per matching trajectory.
 */
@Entity
@Immutable
@Table(name = "school")
class SchoolName {

	@Id
	private Long id;

	private String name;

	protected SchoolName() {
	}

	String getName() {
		return this.name;
	}

}
