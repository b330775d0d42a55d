package be.aanboord.prevention.action;

import java.util.Optional;

/**
 * Where an action of the plan's PDCA table stands (seed 003, "Wat / Wie / Wanneer /
 * Check"): planned, in progress, done, or dropped. The column {@code plan_action.status}
 * holds the constant's name; the pages show {@code ActionStatus.NAME} from the bundle.
 */
public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED;

	/** Whether the action still has to be done (planned or in progress). */
	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** The status named exactly {@code name}, or empty for anything else (null too). */
	public static Optional<ActionStatus> parse(String name) {
		for (ActionStatus status : values()) {
			if (status.name().equals(name)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
