package be.aanboord.help.editing;

/** Where a proposed correction stands: waiting in the editors' queue, or handled. */
public enum CorrectionStatus {

	PROPOSED, APPLIED, REJECTED

}
