package be.aanboord.project;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One of the lab's projects (Ris+K, CLZ, NAFT, …), identified by a stable code. */
@Entity
public class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String slug;

	private String name;

	private String summary;

	private String mission;

	/** The id of the partner organisation that leads the project (penvoerder), if any. */
	@Column(name = "lead_organisation_id")
	private Long leadOrganisationId;

	private int position;

	@Version
	private int version;

	protected Project() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getMission() {
		return this.mission;
	}

	/** The mission split into paragraphs at blank lines. */
	public List<String> getMissionParagraphs() {
		return Arrays.stream(this.mission.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public int getPosition() {
		return this.position;
	}

}
