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
	 * "+ n meer op de website").
	 */
	record Block(CareLevel level, List<Entry> entries, int hidden) {

		/** The first {@code count} entries, the others counted as hidden. */
		Block first(int count) {
			if (count >= this.entries.size()) {
				return this;
			}
			return new Block(this.level, this.entries.subList(0, count), this.hidden + this.entries.size() - count);
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
