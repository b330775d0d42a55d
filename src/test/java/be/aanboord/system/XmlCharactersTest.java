package be.aanboord.system;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class XmlCharactersTest {

	@Test
	void controlCharactersOtherThanTabAndNewlinesAreRemoved() {
		assertThat(XmlCharacters.strip("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh"))
			.isEqualTo("abcdefg\u007Fh");
		assertThat(XmlCharacters.strip("regel 1\r\n\tregel 2\n")).isEqualTo("regel 1\r\n\tregel 2\n");
	}

	@Test
	void loneSurrogatesAndNonCharactersAreRemovedWhilePairsStay() {
		assertThat(XmlCharacters.strip("x\uD800y\uDC00z")).isEqualTo("xyz");
		assertThat(XmlCharacters.strip("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
		assertThat(XmlCharacters.strip("a\uFFFEb\uFFFFc\uFFFDd")).isEqualTo("abc\uFFFDd");
	}

	@Test
	void cleanTextIsReturnedAsItIs() {
		String text = "Ş ğ ı Ł Ĳ ≥ → ✓ مرحبا";
		assertThat(XmlCharacters.strip(text)).isSameAs(text);
		assertThat(XmlCharacters.strip(null)).isNull();
	}

	@Test
	void everyCharacterThatIsLeftParsesAsXml() {
		StringBuilder all = new StringBuilder();
		for (char c = 0; c < 0x3000; c++) {
			all.append(c);
		}
		all.append("\uD800\uE000\uFFFE\uFFFF");
		String xml = "<t>" + XmlCharacters.strip(all.toString()).replace("&", "&amp;").replace("<", "&lt;") + "</t>";
		assertThatNoException().isThrownBy(() -> DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

}
