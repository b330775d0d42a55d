package be.aanboord.help.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpKind;
import be.aanboord.help.OfferSummary;

/**
 * The editing part of a card's page, laid out as seed 004: per level of care the kinds of
 * help of that level, each with the offers of the form (ticked or not), and the school's
 * own lines. Each offer and line knows its row in the {@link CardForm}, so that the page
 * binds {@code offers[i]} and {@code lines[j]}; it is built from the form, so that a form
 * shown again after an error keeps every row as typed.
 *
 * @param blocks one per level of care, in the order of the zorgcontinuüm
 */
record CardPage(List<Block> blocks) {

	/** A level of care with its kinds of help and its own lines. */
	record Block(CareLevel level, List<KindGroup> kinds, List<Integer> lines) {

		/** Whether any kind of this level has an offer. */
		public boolean hasOffers() {
			return this.kinds.stream().anyMatch((kind) -> !kind.offers().isEmpty());
		}

	}

	/**
	 * A kind of help and its offers (perhaps none in the directory for the municipality).
	 */
	record KindGroup(HelpKind kind, List<OfferSlot> offers) {
	}

	/** An offer of the directory and its row in the form. */
	record OfferSlot(int index, OfferSummary offer) {
	}

	/**
	 * Lays the form's rows out. Offer rows whose offer is not among {@code offers} (not
	 * published, or not an offer) are left out; a line without a level goes under the
	 * first level.
	 * @param form the form as shown
	 * @param offers the offers the rows may name, by id
	 */
	static CardPage of(CardForm form, Map<Long, OfferSummary> offers) {
		Map<CareLevel, Map<HelpKind, List<OfferSlot>>> kinds = new LinkedHashMap<>();
		Map<CareLevel, List<Integer>> lines = new LinkedHashMap<>();
		for (CareLevel level : CareLevel.values()) {
			Map<HelpKind, List<OfferSlot>> byKind = new LinkedHashMap<>();
			HelpKind.of(level).forEach((kind) -> byKind.put(kind, new ArrayList<>()));
			kinds.put(level, byKind);
			lines.put(level, new ArrayList<>());
		}
		for (int i = 0; i < form.getOffers().size(); i++) {
			CardForm.OfferRow row = form.getOffers().get(i);
			OfferSummary offer = (row.getOfferId() != null) ? offers.get(row.getOfferId()) : null;
			if (offer != null) {
				kinds.get(offer.careLevel())
					.computeIfAbsent(offer.kind(), (k) -> new ArrayList<>())
					.add(new OfferSlot(i, offer));
			}
		}
		for (int j = 0; j < form.getLines().size(); j++) {
			CareLevel level = form.getLines().get(j).getCareLevel();
			lines.get((level != null) ? level : CareLevel.values()[0]).add(j);
		}
		List<Block> blocks = new ArrayList<>();
		for (CareLevel level : CareLevel.values()) {
			List<KindGroup> groups = kinds.get(level)
				.entrySet()
				.stream()
				.map((entry) -> new KindGroup(entry.getKey(), List.copyOf(entry.getValue())))
				.toList();
			blocks.add(new Block(level, groups, List.copyOf(lines.get(level))));
		}
		return new CardPage(List.copyOf(blocks));
	}

}
