package be.aanboord.trajectory;

import java.util.Arrays;
import java.util.List;

/** Level of a Ris+K trajectory, including the pre-school Samen-Spel variant. */
public enum TrajectoryLevel {

	SAMEN_SPEL, KLEUTER, BAO, SO, BUBAO, BUSO;

	/**
	 * Samen-Spel is a way of working with a pre-school team, not the level of a pupil.
	 */
	public boolean isPupilLevel() {
		return this != SAMEN_SPEL;
	}

	/** The levels a pupil of a NAFT trajectory can be at. */
	public static List<TrajectoryLevel> ofPupils() {
		return Arrays.stream(values()).filter(TrajectoryLevel::isPupilLevel).toList();
	}

}
