package be.aanboord.help.card;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpKind;
import be.aanboord.help.HelpLevel;

/**
 * The card as it hangs in the staff room (its preview on the page, the print stylesheet
 * and the PDF): the school, per level of care the offers the school ticked with their own
 * phone and e-mail and the school's local contact, and the school's own lines; the date
 * of the last change.
 *
 * @param municipalityName null when the card has no municipality
 * @param blocks the levels of care that hold anything, in the order of the zorgcontinuüm
 */
record Sheet(String schoolName, String municipalityName, Set<HelpLevel> levels, Instant updatedAt, List<Block> blocks) {

	/**
	 * A level of care with its entries; {@code hidden} entries did not fit (the PDF says
	 * "+ n meer op de kaart zelf").
	 */
	record Block(CareLevel level, List<Entry> entries, int hidden) {

		/**
		 * At most {@code count} entries, the others counted as hidden: the school's own
		 * lines first (the directory's offers can be found again, a local contact
		 * cannot), then the offers in their order; the kept ones stay in the block's
		 * order.
		 */
		Block first(int count) {
			if (count >= this.entries.size()) {
				return this;
			}
			long own = this.entries.stream().filter(Entry::isOwn).count();
			int ownKept = (int) Math.min(own, count);
			int offersKept = count - ownKept;
			List<Entry> kept = new java.util.ArrayList<>(count);
			int ownSeen = 0;
			int offersSeen = 0;
			for (Entry entry : this.entries) {
				if (entry.isOwn() ? ownSeen++ < ownKept : offersSeen++ < offersKept) {
					kept.add(entry);
				}
			}
			return new Block(this.level, List.copyOf(kept), this.hidden + this.entries.size() - kept.size());
		}

	}

	/**
	 * An offer of the directory (with its kind) or a line of the school's own (kind
	 * null): how to reach it, the school's contact there, a note.
	 */
	record Entry(String name, HelpKind kind, String phone, String email, String contactPerson, String contactPhone,
			String contactEmail, String note) {

		public boolean isOwn() {
			return this.kind == null;
		}

	}

	public boolean isEmpty() {
		return this.blocks.isEmpty();
	}

	int entryCount() {
		return this.blocks.stream().mapToInt((block) -> block.entries().size() + block.hidden()).sum();
	}

	/** The sheet with at most {@code count} entries per level. */
	Sheet firstPerLevel(int count) {
		return new Sheet(this.schoolName, this.municipalityName, this.levels, this.updatedAt,
				this.blocks.stream().map((block) -> block.first(count)).toList());
	}

}
