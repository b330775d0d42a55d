package be.aanboord.help;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of help of seed 004 ("Eerste Hulp bij schooluitval"), each with the level of
 * care seed 004 lists it under. Local initiatives (homework support, bridge figures)
 * follow individual pupils and so count as increased care; Meldpunt SI, which schools and
 * CLBs consult directly (seed 002), as extended care.
 */
public enum HelpKind {

	PEDAGOGICAL_GUIDANCE(CareLevel.BASIC_CARE), STUDENT_COUNCIL(CareLevel.BASIC_CARE),
	PARENT_UMBRELLA(CareLevel.BASIC_CARE), NETWORK_COORDINATOR(CareLevel.BASIC_CARE),
	LOCAL_GOVERNMENT(CareLevel.BASIC_CARE), LOCAL_INITIATIVE(CareLevel.INCREASED_CARE),
	SUPPORT_NETWORK(CareLevel.EXTENDED_CARE), CLB(CareLevel.EXTENDED_CARE),
	SCHOOL_EXTERNAL_INTERVENTION(CareLevel.EXTENDED_CARE), NAFT(CareLevel.THROUGH_CLB), DAY_CARE(CareLevel.THROUGH_CLB),
	ONE_FAMILY_ONE_PLAN(CareLevel.THROUGH_CLB), POLICE(CareLevel.THROUGH_CLB), JAC_CAW(CareLevel.THROUGH_CLB),
	TEJO(CareLevel.THROUGH_CLB), CGG(CareLevel.THROUGH_CLB), COMMUNITY_SERVICE(CareLevel.THROUGH_CLB),
	WORK_ORGANISATION(CareLevel.STEP_TO_WORK), START_JOB_PROJECT(CareLevel.STEP_TO_WORK), OTHER(CareLevel.BASIC_CARE);

	private final CareLevel careLevel;

	HelpKind(CareLevel careLevel) {
		this.careLevel = careLevel;
	}

	/** The level of care seed 004 lists this kind under: an offer's default. */
	public CareLevel careLevel() {
		return this.careLevel;
	}

	/** The kinds listed under a level of care, in seed 004's order. */
	public static List<HelpKind> of(CareLevel level) {
		return Arrays.stream(values()).filter((kind) -> kind != OTHER && kind.careLevel == level).toList();
	}

	/** The kind named {@code name} (an enum name), if there is one. */
	public static Optional<HelpKind> fromParameter(String name) {
		return HelpEnums.parse(HelpKind.class, name);
	}

}
