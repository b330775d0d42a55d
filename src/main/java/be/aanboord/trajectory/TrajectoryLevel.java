package be.aanboord.trajectory;

/** Level of a Ris+K trajectory, including the pre-school Samen-Spel variant. */
public enum TrajectoryLevel {

	SAMEN_SPEL, KLEUTER, BAO, SO, BUBAO, BUSO

}
