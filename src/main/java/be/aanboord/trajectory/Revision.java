package be.aanboord.trajectory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change of audited data (Envers revision), with who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthor.class)
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
	@SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp")
	private long timestamp;

	private String username;

	int getId() {
		return this.id;
	}

	long getTimestamp() {
		return this.timestamp;
	}

	String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
