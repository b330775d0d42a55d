package be.aanboord.trajectory;

/** Who took part in a NAFT referral round table. */
public enum RoundTableParticipant {

	PUPIL, SCHOOL, CLB, NAFT_WORKER, PARENTS

}
