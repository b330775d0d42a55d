package be.aanboord.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A partner organisation of the lab: a school board, a CLB, a welfare organisation, the
 * city, …
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationCategory category;

	private String description;

	private String website;

	private String street;

	private String postalCode;

	private String city;

	private String phone;

	private String email;

	/** Whether it is a centre for pupil guidance (CLB). */
	private boolean clb;

	@Version
	private int version;

	protected Organisation() {
	}

	public Organisation(String name, OrganisationCategory category) {
		this.name = name;
		this.category = category;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationCategory getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isClb() {
		return this.clb;
	}

	public String getWebsite() {
		return this.website;
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

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	/**
	 * Whether any contact data is known: an address, a phone number or an e-mail address.
	 */
	public boolean hasContact() {
		return this.street != null || this.city != null || this.phone != null || this.email != null;
	}

}
