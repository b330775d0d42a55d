package be.aanboord.help.card;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpDirectory;
import be.aanboord.help.HelpLevel;
import be.aanboord.help.Municipalities;
import be.aanboord.help.Municipality;
import be.aanboord.help.OfferSummary;
import be.aanboord.school.Schools;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import static be.aanboord.help.card.CardForm.clean;

/**
 * The schools' cards: starting one, opening it through its private link or its school,
 * saving what the school ticked and typed, a new link, and deleting cards nobody opened
 * for the retention period. A card is found by the SHA-256 of its token
 * ({@link CardTokens}) or by its school; a token that finds nothing is a
 * {@link NotFoundException}, whatever the reason.
 */
@Service
class HelpCards {

	/** Opening a card writes the moment at most this often (it counts for retention). */
	static final Duration OPENED_RESOLUTION = Duration.ofHours(1);

	private final HelpCardRepository cards;

	private final HelpDirectory directory;

	private final Municipalities municipalities;

	private final Schools schools;

	private final JdbcClient jdbc;

	private final Clock clock;

	HelpCards(HelpCardRepository cards, HelpDirectory directory, Municipalities municipalities, Schools schools,
			JdbcClient jdbc, Clock clock) {
		this.cards = cards;
		this.directory = directory;
		this.municipalities = municipalities;
		this.schools = schools;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How a card is reached: the hash of its link's token, or its school. */
	record Key(byte[] tokenHash, Long schoolId) {

		static Key link(String token) {
			if (!CardTokens.wellFormed(token)) {
				throw new NotFoundException("help card");
			}
			return new Key(CardTokens.hash(token), null);
		}

		static Key school(long schoolId) {
			return new Key(null, schoolId);
		}

	}

	/**
	 * A card as its page shows it: the form (as stored, or as the user typed it), the
	 * editing layout, the sheet and the card's municipality.
	 */
	record Shown(CardForm form, CardPage page, Sheet sheet, Municipality municipality) {
	}

	/**
	 * Starts a card for a school of the register or a typed name. The municipality is the
	 * one chosen, else the one of the school's postal code; the levels those ticked, else
	 * the school's level.
	 * @return the token of the new card's private link, or empty with the errors added
	 */
	@Transactional
	Optional<String> start(CardStartForm form, Errors errors) {
		Optional<Schools.SchoolAddress> school = Optional.ofNullable(form.getSchoolId())
			.flatMap(this.schools::withAddress);
		String name = school.map(Schools.SchoolAddress::name).orElse(clean(form.getSchoolName()));
		if (form.getSchoolId() != null && school.isEmpty() || name == null) {
			errors.rejectValue("schoolId", "help.card.error.school");
		}
		Optional<Municipality> municipality = municipality(form.getMunicipalityCode(), errors);
		if (municipality.isEmpty() && clean(form.getMunicipalityCode()) == null) {
			municipality = school.map(Schools.SchoolAddress::postalCode)
				.flatMap((code) -> this.municipalities.ofPostalCode(code.strip()));
			if (municipality.isEmpty()) {
				errors.rejectValue("municipalityCode", "help.card.error.municipalityMissing");
			}
		}
		Set<HelpLevel> levels = EnumSet.noneOf(HelpLevel.class);
		levels.addAll(form.getLevels());
		if (levels.isEmpty()) {
			school.ifPresent((s) -> levels.addAll(HelpLevel.ofSchoolLevel(s.level().name())));
		}
		if (levels.isEmpty()) {
			errors.rejectValue("levels", "help.card.error.levels");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		CardTokens.Token token = CardTokens.next();
		this.cards
			.save(new HelpCard(token.hash(), null, name, municipality.get().code(), levels, this.clock.instant()));
		return Optional.of(token.value());
	}

	/**
	 * Opens a card and notes that it was opened (which keeps it from the retention job).
	 * @throws NotFoundException when no card answers to the key
	 */
	@Transactional
	Shown open(Key key) {
		HelpCard card = find(key);
		touch(card);
		return shown(card, form(card, servingOffers(card)));
	}

	/** The card's page again, with the form as the user typed it (after an error). */
	@Transactional(readOnly = true)
	Shown reshow(Key key, CardForm typed) {
		return shown(find(key), typed);
	}

	/**
	 * The school's card, made on its first visit from the school register: name,
	 * municipality from its postal code (none when that is outside Vlaams-Brabant and
	 * Brussels), levels from its level.
	 * @throws NotFoundException when the school is not in the register
	 */
	@Transactional
	Shown openForSchool(long schoolId) {
		if (this.cards.findBySchoolId(schoolId).isEmpty()) {
			Schools.SchoolAddress school = this.schools.withAddress(schoolId)
				.orElseThrow(() -> new NotFoundException("school"));
			String municipality = Optional.ofNullable(school.postalCode())
				.flatMap((code) -> this.municipalities.ofPostalCode(code.strip()))
				.map(Municipality::code)
				.orElse(null);
			this.cards.saveAndFlush(new HelpCard(CardTokens.next().hash(), schoolId, school.name(), municipality,
					HelpLevel.ofSchoolLevel(school.level().name()), this.clock.instant()));
		}
		return open(Key.school(schoolId));
	}

	/**
	 * Saves the card: its school, municipality and levels, the ticked offers with their
	 * contacts (offers that are not published are left out) and the own lines with a
	 * name.
	 * @return false when the form has errors (added to {@code errors}), nothing saved
	 * @throws EditConflict when the card changed since the form was opened
	 */
	@Transactional
	boolean save(Key key, CardForm form, Errors errors) {
		HelpCard card = find(key);
		Optional<Municipality> municipality = municipality(form.getMunicipalityCode(), errors);
		form.checkLines(errors);
		if (errors.hasErrors()) {
			return false;
		}
		EditConflict.check("help card " + card.getId(), form.getVersion(), card.getVersion());
		Set<Long> wanted = form.getOffers()
			.stream()
			.filter(CardForm.OfferRow::isTicked)
			.map(CardForm.OfferRow::getOfferId)
			.filter((id) -> id != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<Long> published = this.directory.byIds(wanted).stream().map(OfferSummary::id).collect(Collectors.toSet());
		Map<Long, TickedOffer> ticked = new LinkedHashMap<>();
		for (CardForm.OfferRow row : form.getOffers()) {
			if (row.isTicked() && row.getOfferId() != null && published.contains(row.getOfferId())) {
				ticked.putIfAbsent(row.getOfferId(), new TickedOffer(row.getOfferId(), clean(row.getContactPerson()),
						clean(row.getPhone()), clean(row.getEmail())));
			}
		}
		List<OwnLine> lines = new ArrayList<>();
		for (CareLevel level : CareLevel.values()) {
			form.getLines()
				.stream()
				.filter((line) -> !line.isBlank()
						&& ((line.getCareLevel() != null) ? line.getCareLevel() : CareLevel.values()[0]) == level)
				.forEach((line) -> lines.add(new OwnLine(level, clean(line.getName()), clean(line.getContactPerson()),
						clean(line.getPhone()), clean(line.getEmail()), clean(line.getNote()))));
		}
		card.describe(clean(form.getSchoolName()), municipality.map(Municipality::code).orElse(null), form.getLevels());
		card.fill(List.copyOf(ticked.values()), lines, this.clock.instant());
		this.cards.flush();
		return true;
	}

	/**
	 * Gives the card a new private link; the old one stops working.
	 * @return the new token
	 */
	@Transactional
	String newLink(Key key) {
		HelpCard card = find(key);
		CardTokens.Token token = CardTokens.next();
		card.replaceToken(token.hash());
		return token.value();
	}

	/** The card as it is printed. */
	@Transactional
	Sheet sheet(Key key) {
		HelpCard card = find(key);
		touch(card);
		return sheet(card);
	}

	/**
	 * Deletes the cards not opened since the moment (with their offers and lines).
	 * @return how many
	 */
	@Transactional
	int deleteNotOpenedSince(Instant moment) {
		return this.jdbc.sql("delete from help_card where last_opened_at < ?").param(Timestamp.from(moment)).update();
	}

	private HelpCard find(Key key) {
		Optional<HelpCard> card = (key.tokenHash() != null) ? this.cards.findByTokenHash(key.tokenHash())
				: this.cards.findBySchoolId(key.schoolId());
		return card.orElseThrow(() -> new NotFoundException("help card"));
	}

	private void touch(HelpCard card) {
		Instant now = this.clock.instant();
		this.jdbc.sql("update help_card set last_opened_at = ? where id = ? and last_opened_at < ?")
			.params(Timestamp.from(now), card.getId(), Timestamp.from(now.minus(OPENED_RESOLUTION)))
			.update();
	}

	/** A municipality typed or chosen; an unknown code is an error, none is empty. */
	private Optional<Municipality> municipality(String code, Errors errors) {
		String clean = clean(code);
		if (clean == null) {
			return Optional.empty();
		}
		Optional<Municipality> found = this.municipalities.byCode(clean);
		if (found.isEmpty()) {
			errors.rejectValue("municipalityCode", "help.card.error.municipality");
		}
		return found;
	}

	private List<OfferSummary> servingOffers(HelpCard card) {
		if (card.getMunicipalityCode() == null) {
			return List.of();
		}
		return this.directory.serving(card.getMunicipalityCode(), card.getLevels());
	}

	/**
	 * The form of a card as stored: the offers serving it and those ticked, one empty
	 * line per level.
	 */
	private static CardForm form(HelpCard card, List<OfferSummary> serving) {
		CardForm form = new CardForm();
		form.setVersion(card.getVersion());
		form.setSchoolName(card.getSchoolName());
		form.setMunicipalityCode(card.getMunicipalityCode());
		form.setLevels(card.getLevels());
		Map<Long, TickedOffer> ticked = card.getOffers()
			.stream()
			.collect(Collectors.toMap(TickedOffer::offerId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<Long> untickedServing = serving.stream()
			.map(OfferSummary::id)
			.filter((id) -> !ticked.containsKey(id))
			.limit(Math.max(0, CardForm.MAX_OFFERS - ticked.size()))
			.toList();
		Set<Long> shown = new LinkedHashSet<>();
		serving.stream()
			.map(OfferSummary::id)
			.filter((id) -> ticked.containsKey(id) || untickedServing.contains(id))
			.forEach(shown::add);
		shown.addAll(ticked.keySet());
		for (Long id : shown) {
			TickedOffer offer = ticked.get(id);
			form.getOffers()
				.add((offer != null)
						? new CardForm.OfferRow(id, true, offer.contactPerson(), offer.phone(), offer.email())
						: new CardForm.OfferRow(id, false, null, null, null));
		}
		for (OwnLine line : card.getLines()) {
			form.getLines()
				.add(new CardForm.LineRow(line.careLevel(), line.name(), line.contactPerson(), line.phone(),
						line.email(), line.note()));
		}
		Arrays.stream(CareLevel.values())
			.forEach((level) -> form.getLines().add(new CardForm.LineRow(level, null, null, null, null, null)));
		return form;
	}

	private Shown shown(HelpCard card, CardForm form) {
		Set<Long> ids = new LinkedHashSet<>();
		form.getOffers().forEach((row) -> {
			if (row.getOfferId() != null) {
				ids.add(row.getOfferId());
			}
		});
		card.getOffers().forEach((offer) -> ids.add(offer.offerId()));
		Map<Long, OfferSummary> offers = this.directory.byIds(ids)
			.stream()
			.collect(Collectors.toMap(OfferSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Municipality municipality = Optional.ofNullable(card.getMunicipalityCode())
			.flatMap(this.municipalities::byCode)
			.orElse(null);
		return new Shown(form, CardPage.of(form, offers), sheet(card, offers, municipality), municipality);
	}

	private Sheet sheet(HelpCard card) {
		Map<Long, OfferSummary> offers = this.directory
			.byIds(card.getOffers().stream().map(TickedOffer::offerId).toList())
			.stream()
			.collect(Collectors.toMap(OfferSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Municipality municipality = Optional.ofNullable(card.getMunicipalityCode())
			.flatMap(this.municipalities::byCode)
			.orElse(null);
		return sheet(card, offers, municipality);
	}

	/**
	 * The sheet: ticked offers in the directory's order, then the own lines, per level.
	 */
	private static Sheet sheet(HelpCard card, Map<Long, OfferSummary> offers, Municipality municipality) {
		Map<Long, TickedOffer> ticked = card.getOffers()
			.stream()
			.collect(Collectors.toMap(TickedOffer::offerId, Function.identity(), (a, b) -> a));
		List<Sheet.Block> blocks = new ArrayList<>();
		for (CareLevel level : CareLevel.values()) {
			List<Sheet.Entry> entries = new ArrayList<>();
			offers.values()
				.stream()
				.filter((offer) -> offer.careLevel() == level && ticked.containsKey(offer.id()))
				.forEach((offer) -> {
					TickedOffer mine = ticked.get(offer.id());
					entries.add(new Sheet.Entry(offer.name(), offer.kind(), offer.phone(), offer.email(),
							mine.contactPerson(), mine.phone(), mine.email(), null));
				});
			card.getLines()
				.stream()
				.filter((line) -> line.careLevel() == level)
				.forEach((line) -> entries.add(new Sheet.Entry(line.name(), null, line.phone(), line.email(),
						line.contactPerson(), null, null, line.note())));
			if (!entries.isEmpty()) {
				blocks.add(new Sheet.Block(level, List.copyOf(entries), 0));
			}
		}
		return new Sheet(card.getSchoolName(), (municipality != null) ? municipality.name() : null, card.getLevels(),
				card.getUpdatedAt(), List.copyOf(blocks));
	}

}
