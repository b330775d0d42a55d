package be.aanboord.toolbox;

import be.aanboord.system.SearchText;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a query from the address and writing it back. */
class FicheQueryTest {

	@Test
	void theAddressEncodesEveryCharacterThatWouldChangeMeaningAPlusIncluded() {
		String words = "c++ & ouders = 100% #1 foto's é?";
		FicheQuery query = FicheQuery.of(words, List.of("PARENTS"), null, null, null, List.of("PLG_LIMBURG"), "titel",
				3, null);
		String url = query.url();
		assertThat(url).startsWith("/toolbox?q=c%2B%2B%20%26%20ouders%20%3D%20100%25%20%231%20foto%27s%20%C3%A9%3F")
			.endsWith("&thema=PARENTS&bron=PLG_LIMBURG&sorteer=titel")
			.doesNotContain("+");
		// read back as a server reads a query string, a '+' meaning a space
		String q = UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams().getFirst("q");
		assertThat(java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(words);
	}

	@Test
	void controlAndInvisibleCharactersAreDroppedAndTheTextIsCutAtTwoHundred() {
		assertThat(FicheQuery.of("ou\u0000ders\u000b \u200fklas\u00ad", null, null, null, null, null, null, 0, null)
			.text()).isEqualTo("ou ders klas");
		String emoji = "😀".repeat(150);
		String cut = FicheQuery.of(emoji, null, null, null, null, null, null, 0, null).text();
		assertThat(cut).hasSizeLessThanOrEqualTo(200);
		assertThat(cut.codePoints().allMatch((c) -> c == "😀".codePointAt(0))).isTrue();
	}

	@Test
	void theSearchTextDropsApostrophesInsideWordsAndReadsDutchQuotationMarksAsPhrases() {
		assertThat(SearchText.forSearch("foto's en FOTO’S, 's morgens, zo'n"))
			.isEqualTo("foto en FOTO, 's morgens, zo'n");
		assertThat(SearchText.forSearch("„nieuwe autoriteit”")).isEqualTo("\"nieuwe autoriteit\"");
	}

	@Test
	void theLiteralAddressKeepsTheWordsAndAsksForThemAsTyped() {
		FicheQuery query = FicheQuery.of("agresiecurve", null, null, null, null, null, null, 2, null);
		assertThat(query.literal()).isFalse();
		assertThat(query.literalUrl()).isEqualTo("/toolbox?q=agresiecurve&letterlijk=ja");
		assertThat(FicheQuery.of("agresiecurve", null, null, null, null, null, null, 0, "ja").literal()).isTrue();
		assertThat(FicheQuery.of("", null, null, null, null, null, null, 0, "ja").url()).isEqualTo("/toolbox");
	}

}
