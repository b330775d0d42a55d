package be.aanboord.trajectory;

/** Where a trajectory stands. Which moves are allowed depends on its kind. */
public enum TrajectoryStatus {

	REQUESTED, APPROVED, REFERRED, WAITING, RUNNING, FINISHED, STOPPED;

	public boolean isClosed() {
		return this == FINISHED || this == STOPPED;
	}

}
