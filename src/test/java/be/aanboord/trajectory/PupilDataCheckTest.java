package be.aanboord.trajectory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PupilDataCheckTest {

	@Test
	void recognisesANationalRegisterNumberByItsCheckDigits() {
		// 85.07.30-033.28: 97 - (850730033 mod 97) = 28
		assertThat(PupilDataCheck.containsNationalNumber("rijksregister 85.07.30-033.28 genoteerd")).isTrue();
		assertThat(PupilDataCheck.containsNationalNumber("85073003328")).isTrue();
	}

	@Test
	void recognisesANumberOfSomeoneBornIn2000OrLater() {
		// born 2012: check on 2 followed by the nine digits
		String base = "120315123";
		int check = 97 - new java.math.BigInteger("2" + base).mod(java.math.BigInteger.valueOf(97)).intValue();
		assertThat(PupilDataCheck.containsNationalNumber(base + String.format("%02d", check))).isTrue();
	}

	@Test
	void ignoresNumbersWhoseCheckDigitsDoNotMatch() {
		assertThat(PupilDataCheck.containsNationalNumber("85.07.30-033.27")).isFalse();
		assertThat(PupilDataCheck.containsNationalNumber("Sessie van 2 uur op 12/10/2021")).isFalse();
	}

	@Test
	void warnsForWhatLooksLikeAPupilsName() {
		assertThat(PupilDataCheck.looksLikeName("Gesprek met Emma Peeters over haar gedrag")).isTrue();
		assertThat(PupilDataCheck.looksLikeName("De leerling Jonas stoort vaak")).isTrue();
		assertThat(PupilDataCheck.looksLikeName("Het team zoekt handvatten voor een onrustige klas.")).isFalse();
	}

}
