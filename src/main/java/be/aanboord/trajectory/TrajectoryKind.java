package be.aanboord.trajectory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three kinds of trajectory, each with the projects it belongs to and its own flow of
 * statuses.
 */
public enum TrajectoryKind {

	/** Ris+K: guidance of a school team, normally 10 hours. */
	RISK(List.of("RISK_BAO", "RISK_SO", "RISK_BUO"), TrajectoryStatus.REQUESTED, "10"),
	/** NAFT: a tailored trajectory for one pupil, referred by a CLB. */
	NAFT(List.of("NAFT"), TrajectoryStatus.REFERRED, "0"),
	/**
	 * Bridge coaching: follow-up of one at-risk pupil by a bridge coach, about 6 hours.
	 */
	BRIDGE(List.of("BRUGCOACHES"), TrajectoryStatus.REQUESTED, "6");

	private final List<String> projectCodes;

	private final TrajectoryStatus firstStatus;

	private final String defaultHours;

	TrajectoryKind(List<String> projectCodes, TrajectoryStatus firstStatus, String defaultHours) {
		this.projectCodes = projectCodes;
		this.firstStatus = firstStatus;
		this.defaultHours = defaultHours;
	}

	public List<String> getProjectCodes() {
		return this.projectCodes;
	}

	public TrajectoryStatus getFirstStatus() {
		return this.firstStatus;
	}

	public String getDefaultHours() {
		return this.defaultHours;
	}

	/** Pupil-level trajectories: every read and write is logged. */
	public boolean isPupilLevel() {
		return this != RISK;
	}

	public static TrajectoryKind ofProject(String projectCode) {
		for (TrajectoryKind kind : values()) {
			if (kind.projectCodes.contains(projectCode)) {
				return kind;
			}
		}
		return null;
	}

	/** The statuses a trajectory of this kind may move to from the given one. */
	public Set<TrajectoryStatus> next(TrajectoryStatus from) {
		Map<TrajectoryStatus, Set<TrajectoryStatus>> flow = (this == NAFT) ? NAFT_FLOW : TEAM_FLOW;
		return flow.getOrDefault(from, Set.of());
	}

	private static final Map<TrajectoryStatus, Set<TrajectoryStatus>> TEAM_FLOW = Map.of(TrajectoryStatus.REQUESTED,
			Set.of(TrajectoryStatus.APPROVED, TrajectoryStatus.STOPPED), TrajectoryStatus.APPROVED,
			Set.of(TrajectoryStatus.RUNNING, TrajectoryStatus.STOPPED), TrajectoryStatus.RUNNING,
			Set.of(TrajectoryStatus.FINISHED, TrajectoryStatus.STOPPED));

	private static final Map<TrajectoryStatus, Set<TrajectoryStatus>> NAFT_FLOW = Map.of(TrajectoryStatus.REFERRED,
			Set.of(TrajectoryStatus.WAITING, TrajectoryStatus.STOPPED), TrajectoryStatus.WAITING,
			Set.of(TrajectoryStatus.RUNNING, TrajectoryStatus.STOPPED), TrajectoryStatus.RUNNING,
			Set.of(TrajectoryStatus.FINISHED, TrajectoryStatus.STOPPED));

}
