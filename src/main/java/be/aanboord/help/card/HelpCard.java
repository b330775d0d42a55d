package be.aanboord.help.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.aanboord.help.HelpLevel;
import be.aanboord.system.EnumSetColumn;

/**
 * A school's card "Eerste Hulp bij schooluitval" (seed 004): the school, its municipality
 * (whose help offers the card proposes) and levels, the directory's offers the school
 * ticked with its local contact at each, and lines of its own per level of care. It is
 * reached through a private link whose token only the holder knows (the card keeps the
 * SHA-256 of it), and, when a school user made it, through the school ({@code schoolId}).
 * It holds organisations and adult contact persons only, never anything about pupils.
 */
@Entity
@Table(name = "help_card")
class HelpCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private byte[] tokenHash;

	private Long schoolId;

	private String schoolName;

	private String municipalityCode;

	@Convert(converter = Levels.class)
	private Set<HelpLevel> levels = EnumSet.noneOf(HelpLevel.class);

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastOpenedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "help_card_offer", joinColumns = @JoinColumn(name = "card_id"))
	private List<TickedOffer> offers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "help_card_line", joinColumns = @JoinColumn(name = "card_id"))
	@OrderColumn(name = "position")
	private List<OwnLine> lines = new ArrayList<>();

	protected HelpCard() {
	}

	HelpCard(byte[] tokenHash, Long schoolId, String schoolName, String municipalityCode, Set<HelpLevel> levels,
			Instant now) {
		this.tokenHash = tokenHash.clone();
		this.schoolId = schoolId;
		describe(schoolName, municipalityCode, levels);
		this.createdAt = now;
		this.updatedAt = now;
		this.lastOpenedAt = now;
	}

	/** The school's name, its municipality (may be unknown) and levels. */
	void describe(String schoolName, String municipalityCode, Set<HelpLevel> levels) {
		if (schoolName == null || schoolName.isBlank()) {
			throw new IllegalArgumentException("a card names its school");
		}
		this.schoolName = schoolName;
		this.municipalityCode = municipalityCode;
		this.levels = levels.isEmpty() ? EnumSet.noneOf(HelpLevel.class) : EnumSet.copyOf(levels);
	}

	/** Replaces what the card lists: the ticked offers and the school's own lines. */
	void fill(List<TickedOffer> offers, List<OwnLine> lines, Instant now) {
		this.offers.clear();
		this.offers.addAll(offers);
		this.lines.clear();
		this.lines.addAll(lines);
		this.updatedAt = now;
	}

	/** A new private link replaces the old one, which stops working. */
	void replaceToken(byte[] tokenHash) {
		this.tokenHash = tokenHash.clone();
	}

	Long getId() {
		return this.id;
	}

	Long getSchoolId() {
		return this.schoolId;
	}

	String getSchoolName() {
		return this.schoolName;
	}

	String getMunicipalityCode() {
		return this.municipalityCode;
	}

	Set<HelpLevel> getLevels() {
		return this.levels.isEmpty() ? EnumSet.noneOf(HelpLevel.class) : EnumSet.copyOf(this.levels);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	int getVersion() {
		return this.version;
	}

	List<TickedOffer> getOffers() {
		return List.copyOf(this.offers);
	}

	/**
	 * The own lines in their order (gaps in their positions, left by SQL, are skipped).
	 */
	List<OwnLine> getLines() {
		return this.lines.stream().filter(Objects::nonNull).toList();
	}

	@Converter
	static class Levels extends EnumSetColumn<HelpLevel> {

		Levels() {
			super(HelpLevel.class, "");
		}

	}

}
