package be.aanboord.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

	@Test
	void controlCharactersOtherThanTabAndLineBreaksAreRemoved() {
		assertThat(ControlCharacters.strip("Rust\u000Bbox\u0000 in de\u0007 klas\u007F\u0085\u009F"))
			.isEqualTo("Rustbox in de klas");
		assertThat(ControlCharacters.strip("a\tb\nc\r\nd")).isEqualTo("a\tb\nc\r\nd");
	}

	@Test
	void aCarriageReturnOutsideALineBreakBecomesALineFeed() {
		assertThat(ControlCharacters.strip("een\rtwee\r")).isEqualTo("een\ntwee\n");
	}

	@Test
	void loneSurrogatesAndTheNonCharactersXmlRefusesAreRemovedButEmojiStay() {
		assertThat(ControlCharacters.strip("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("abcd");
		assertThat(ControlCharacters.strip("goed 👍 الصف Ĳ")).isEqualTo("goed 👍 الصف Ĳ");
	}

	@Test
	void cleanTextIsReturnedAsItIs() {
		String clean = "Samen afspraken maken – ‘klasklimaat’";
		assertThat(ControlCharacters.strip(clean)).isSameAs(clean);
		assertThat(ControlCharacters.isClean(clean)).isTrue();
		assertThat(ControlCharacters.isClean("a\u0000")).isFalse();
		assertThat(ControlCharacters.strip(null)).isNull();
	}

}
