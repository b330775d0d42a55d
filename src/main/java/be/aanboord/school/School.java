package be.aanboord.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A school in Leuven, with its level, education network, school community and CLB. */
@Entity
public class School {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private SchoolLevel level;

	@Enumerated(EnumType.STRING)
	private EducationNetwork network;

	private String schoolCommunity;

	/** The id of the CLB (a partner organisation) that serves the school, if known. */
	@Column(name = "clb_id")
	private Long clbId;

	private String street;

	private String postalCode;

	private String city;

	@Version
	private int version;

	protected School() {
	}

	public School(String name, SchoolLevel level, EducationNetwork network) {
		this.name = name;
		this.level = level;
		this.network = network;
	}

	/** Changes what the school is called, where it is and who serves it. */
	public void describe(String name, SchoolLevel level, EducationNetwork network, String schoolCommunity, Long clbId,
			String street, String postalCode, String city) {
		this.name = name;
		this.level = level;
		this.network = network;
		this.schoolCommunity = schoolCommunity;
		this.clbId = clbId;
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public SchoolLevel getLevel() {
		return this.level;
	}

	public EducationNetwork getNetwork() {
		return this.network;
	}

	public String getSchoolCommunity() {
		return this.schoolCommunity;
	}

	public Long getClbId() {
		return this.clbId;
	}

	public String getStreet() {
		return this.street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public int getVersion() {
		return this.version;
	}

}
