package be.aanboord.trajectory;

/** Where a pupil went after a NAFT trajectory. */
public enum NaftOutcome {

	OWN_SCHOOL, OTHER_SCHOOL, TRAINING, WORK, DROPPED_OUT, OTHER

}
