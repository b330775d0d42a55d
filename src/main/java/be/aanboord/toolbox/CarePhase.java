package be.aanboord.toolbox;

/**
 * The phases of the zorgcontinuüm: brede basiszorg, verhoogde zorg, uitbreiding van zorg,
 * individueel aangepast curriculum.
 */
public enum CarePhase {

	PHASE_0, PHASE_1, PHASE_2, PHASE_3

}
