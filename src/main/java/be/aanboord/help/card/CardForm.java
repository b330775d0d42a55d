package be.aanboord.help.card;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpLevel;

import org.springframework.validation.Errors;

/**
 * Editing a card: the school's name, municipality and levels; one row per offer shown
 * (ticked or not, with the local contact); the school's own lines, of which a row without
 * a name is left out. The version is the card's when the form was opened.
 */
public class CardForm {

	/** Digits, spaces and + ( ) / . - only: a phone number as people write it. */
	static final String PHONE = "^[0-9+()./ -]*$";

	/**
	 * The most offer rows and own lines one card takes (together below the binder's limit
	 * of 256 rows per list).
	 */
	static final int MAX_OFFERS = 250;

	static final int MAX_LINES = 60;

	private int version;

	@NotBlank
	@Size(max = 200)
	private String schoolName;

	private String municipalityCode;

	private Set<HelpLevel> levels = EnumSet.noneOf(HelpLevel.class);

	@Valid
	@Size(max = MAX_OFFERS)
	private List<OfferRow> offers = new ArrayList<>();

	@Valid
	@Size(max = MAX_LINES)
	private List<LineRow> lines = new ArrayList<>();

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getSchoolName() {
		return this.schoolName;
	}

	public void setSchoolName(String schoolName) {
		this.schoolName = schoolName;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public Set<HelpLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(Set<HelpLevel> levels) {
		this.levels = (levels != null) ? levels : EnumSet.noneOf(HelpLevel.class);
	}

	public List<OfferRow> getOffers() {
		return this.offers;
	}

	public void setOffers(List<OfferRow> offers) {
		this.offers = (offers != null) ? offers : new ArrayList<>();
	}

	public List<LineRow> getLines() {
		return this.lines;
	}

	public void setLines(List<LineRow> lines) {
		this.lines = (lines != null) ? lines : new ArrayList<>();
	}

	/**
	 * A line with a contact, phone, e-mail or note but no name is an error next to its
	 * name (a line left empty is simply not kept).
	 */
	void checkLines(Errors errors) {
		for (int i = 0; i < this.lines.size(); i++) {
			LineRow line = this.lines.get(i);
			if (!line.isBlank() && clean(line.getName()) == null) {
				errors.rejectValue("lines[" + i + "].name", "help.card.error.lineName");
			}
		}
	}

	/** An offer of the directory on the card: ticked or not, and the local contact. */
	public static class OfferRow {

		private Long offerId;

		private boolean ticked;

		@Size(max = 200)
		private String contactPerson;

		@Size(max = 40)
		@Pattern(regexp = PHONE)
		private String phone;

		@Email
		@Size(max = 254)
		private String email;

		public OfferRow() {
		}

		OfferRow(Long offerId, boolean ticked, String contactPerson, String phone, String email) {
			this.offerId = offerId;
			this.ticked = ticked;
			this.contactPerson = contactPerson;
			this.phone = phone;
			this.email = email;
		}

		public Long getOfferId() {
			return this.offerId;
		}

		public void setOfferId(Long offerId) {
			this.offerId = offerId;
		}

		public boolean isTicked() {
			return this.ticked;
		}

		public void setTicked(boolean ticked) {
			this.ticked = ticked;
		}

		public String getContactPerson() {
			return this.contactPerson;
		}

		public void setContactPerson(String contactPerson) {
			this.contactPerson = contactPerson;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** A line of the school's own under a level of care. */
	public static class LineRow {

		private CareLevel careLevel;

		@Size(max = 200)
		private String name;

		@Size(max = 200)
		private String contactPerson;

		@Size(max = 40)
		@Pattern(regexp = PHONE)
		private String phone;

		@Email
		@Size(max = 254)
		private String email;

		@Size(max = 300)
		private String note;

		public LineRow() {
		}

		LineRow(CareLevel careLevel, String name, String contactPerson, String phone, String email, String note) {
			this.careLevel = careLevel;
			this.name = name;
			this.contactPerson = contactPerson;
			this.phone = phone;
			this.email = email;
			this.note = note;
		}

		/** Whether anything besides the level was filled in. */
		boolean isBlank() {
			return clean(this.name) == null && clean(this.contactPerson) == null && clean(this.phone) == null
					&& clean(this.email) == null && clean(this.note) == null;
		}

		public CareLevel getCareLevel() {
			return this.careLevel;
		}

		public void setCareLevel(CareLevel careLevel) {
			this.careLevel = careLevel;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getContactPerson() {
			return this.contactPerson;
		}

		public void setContactPerson(String contactPerson) {
			this.contactPerson = contactPerson;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** Text without surrounding white space; null when nothing is left. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
