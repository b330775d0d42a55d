package be.aanboord.prevention;

/**
 * A phase of the zorgcontinuüm as the prevention plan and the routekaart use it (seed
 * 003): 0 brede basiszorg, 1 verhoogde zorg, 2 uitbreiding van zorg, 3 individueel
 * aangepast curriculum. Stored as its number (0–3) in {@code plan_goal.phase}.
 */
public enum Phase {

	BROAD_BASIC_CARE, INCREASED_CARE, EXTENDED_CARE, ADAPTED_CURRICULUM;

	/** Its number on the zorgcontinuüm, 0–3. */
	public int number() {
		return ordinal();
	}

	/**
	 * The phase with this number.
	 * @throws IllegalArgumentException when the number is not 0–3
	 */
	public static Phase of(int number) {
		if (number < 0 || number >= values().length) {
			throw new IllegalArgumentException("No phase " + number);
		}
		return values()[number];
	}

}
