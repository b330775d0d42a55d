package be.aanboord.help.card;

import java.util.List;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A level of care that does not fit the printed card keeps the school's own lines first:
 * a local contact cannot be found again in the directory.
 */
class SheetTest {

	private static final Sheet.Entry OFFER_A = entry("CLB", HelpKind.CLB);

	private static final Sheet.Entry OFFER_B = entry("NAFT", HelpKind.NAFT);

	private static final Sheet.Entry OWN_A = entry("Zorgboerderij", null);

	private static final Sheet.Entry OWN_B = entry("Brugfiguur", null);

	private final Sheet.Block block = new Sheet.Block(CareLevel.EXTENDED_CARE, List.of(OFFER_A, OFFER_B, OWN_A, OWN_B),
			0);

	@Test
	void theSchoolsOwnLinesAreKeptBeforeTheDirectorysOffers() {
		Sheet.Block two = this.block.first(2);
		assertThat(two.entries()).containsExactly(OWN_A, OWN_B);
		assertThat(two.hidden()).isEqualTo(2);
	}

	@Test
	void theKeptEntriesStayInTheBlocksOrder() {
		Sheet.Block three = this.block.first(3);
		assertThat(three.entries()).containsExactly(OFFER_A, OWN_A, OWN_B);
		assertThat(three.hidden()).isEqualTo(1);
		assertThat(this.block.first(4)).isSameAs(this.block);
		assertThat(this.block.first(1).entries()).containsExactly(OWN_A);
	}

	private static Sheet.Entry entry(String name, HelpKind kind) {
		return new Sheet.Entry(name, kind, null, null, null, null, null, null);
	}

}
