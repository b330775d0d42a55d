package be.aanboord.help;

/**
 * A level of care on the zorgcontinuüm, in its order and as seed 004 groups the help
 * lines: brede basiszorg, verhoogde zorg, uitbreiding van zorg, the organisations the CLB
 * refers to from its "draaischijffunctie", and the step to work.
 */
public enum CareLevel {

	BASIC_CARE(0), INCREASED_CARE(1), EXTENDED_CARE(2), THROUGH_CLB(2), STEP_TO_WORK(3);

	private final int phase;

	CareLevel(int phase) {
		this.phase = phase;
	}

	/**
	 * The phase of the zorgcontinuüm (0–3) of the routekaart aanwezigheidsbeleid (seed
	 * 003) this level belongs to: the offers the CLB refers to belong to phase 2
	 * (uitbreiding van zorg, "draaischijffunctie"), the step to work to phase 3
	 * (alternatieve leerwegen).
	 */
	public int phase() {
		return this.phase;
	}

	/** The level named {@code name} (an enum name), if there is one. */
	public static java.util.Optional<CareLevel> fromParameter(String name) {
		return HelpEnums.parse(CareLevel.class, name);
	}

}
