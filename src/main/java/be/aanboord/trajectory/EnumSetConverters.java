package be.aanboord.trajectory;

import jakarta.persistence.Converter;

import be.aanboord.system.EnumSetColumn;

/**
 * A NAFT trajectory's sets (forms of NAFT, round-table participants), each in one column
 * (null for none).
 */
final class EnumSetConverters {

	private EnumSetConverters() {
	}

	@Converter
	static class NaftForms extends EnumSetColumn<NaftForm> {

		NaftForms() {
			super(NaftForm.class, null);
		}

	}

	@Converter
	static class Participants extends EnumSetColumn<RoundTableParticipant> {

		Participants() {
			super(RoundTableParticipant.class, null);
		}

	}

}
