package be.aanboord.trajectory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrajectoryFlowTest {

	@Test
	void aTeamTrajectoryGoesFromRequestedThroughApprovedAndRunningToFinishedOrStopped() {
		TrajectoryKind kind = TrajectoryKind.RISK;
		assertThat(kind.next(TrajectoryStatus.REQUESTED)).containsExactlyInAnyOrder(TrajectoryStatus.APPROVED,
				TrajectoryStatus.STOPPED);
		assertThat(kind.next(TrajectoryStatus.APPROVED)).contains(TrajectoryStatus.RUNNING)
			.doesNotContain(TrajectoryStatus.FINISHED);
		assertThat(kind.next(TrajectoryStatus.RUNNING)).containsExactlyInAnyOrder(TrajectoryStatus.FINISHED,
				TrajectoryStatus.STOPPED);
		assertThat(kind.next(TrajectoryStatus.FINISHED)).isEmpty();
	}

	@Test
	void aNaftTrajectoryIsReferredThenWaitsBeforeItRuns() {
		TrajectoryKind kind = TrajectoryKind.NAFT;
		assertThat(kind.getFirstStatus()).isEqualTo(TrajectoryStatus.REFERRED);
		assertThat(kind.next(TrajectoryStatus.REFERRED)).contains(TrajectoryStatus.WAITING)
			.doesNotContain(TrajectoryStatus.RUNNING);
		assertThat(kind.next(TrajectoryStatus.WAITING)).contains(TrajectoryStatus.RUNNING);
		assertThat(kind.next(TrajectoryStatus.REQUESTED)).isEmpty();
	}

	@Test
	void pupilCodesCarryNoNameOnlyKindYearAndRandomCharacters() {
		String code = Trajectory.newPupilCode(TrajectoryKind.NAFT, 2021);
		assertThat(code).matches("N21-[2-9A-HJKMNP-Z]{6}");
		assertThat(Trajectory.newPupilCode(TrajectoryKind.BRIDGE, 2021)).startsWith("B21-");
	}

	@Test
	void hoursAreAcceptedInQuarterHoursOnly() {
		assertThat(SessionForm.isQuarterHours(new java.math.BigDecimal("1.25"))).isTrue();
		assertThat(SessionForm.isQuarterHours(new java.math.BigDecimal("2.50"))).isTrue();
		assertThat(SessionForm.isQuarterHours(new java.math.BigDecimal("1.1"))).isFalse();
	}

}
