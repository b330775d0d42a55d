package be.aanboord.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A professional who takes part in the lab on behalf of an organisation. */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String functionTitle;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private LabRole labRole;

	@Version
	private int version;

	protected Person() {
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getFunctionTitle() {
		return this.functionTitle;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public LabRole getLabRole() {
		return this.labRole;
	}

}
