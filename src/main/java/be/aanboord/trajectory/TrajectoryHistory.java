package be.aanboord.trajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import be.aanboord.partner.Organisation;

import org.springframework.stereotype.Component;

/**
 * A trajectory's change history from its audit trail: who changed which field when, old
 * and new value.
 */
@Component
class TrajectoryHistory {

	/** One changed field; field is a message key, values are display text or null. */
	record Change(Instant at, String username, String field, String oldValue, String newValue) {
	}

	private record Field(String key, Function<Trajectory, Object> value) {
	}

	private static final List<Field> FIELDS = List.of(new Field("trajectory.field.status", Trajectory::getStatus),
			new Field("trajectory.field.schoolYear", Trajectory::getSchoolYearLabel),
			new Field("trajectory.field.school", (t) -> t.getSchool().getName()),
			new Field("trajectory.field.partner", (t) -> name(t.getPartner())),
			new Field("trajectory.field.startDate", Trajectory::getStartDate),
			new Field("trajectory.field.endDate", Trajectory::getEndDate),
			new Field("trajectory.field.plannedHours", (t) -> plain(t.getPlannedHours())),
			new Field("trajectory.field.questionType", Trajectory::getQuestionType),
			new Field("trajectory.field.level", Trajectory::getLevel),
			new Field("trajectory.field.question", Trajectory::getQuestion),
			new Field("trajectory.field.evaluation", Trajectory::getEvaluation),
			new Field("trajectory.field.referringClbId", (t) -> name(t.getReferringClb())),
			new Field("trajectory.field.referralDate", Trajectory::getReferralDate),
			new Field("trajectory.field.waitingPosition", Trajectory::getWaitingPosition),
			new Field("trajectory.field.roundTableDate", Trajectory::getRoundTableDate),
			new Field("trajectory.field.participants", (t) -> EnumSetConverters.write(t.getRoundTableParticipants())),
			new Field("trajectory.field.naftForms", (t) -> EnumSetConverters.write(t.getNaftForms())),
			new Field("trajectory.field.intensity", Trajectory::getIntensity),
			new Field("trajectory.field.durationWeeks", Trajectory::getDurationWeeks),
			new Field("trajectory.field.supplementary", Trajectory::getSupplementary),
			new Field("trajectory.field.staffHours", (t) -> plain(t.getStaffHours())),
			new Field("trajectory.field.outcome", Trajectory::getOutcome),
			new Field("trajectory.field.coach", Trajectory::getCoach));

	private final EntityManager entityManager;

	TrajectoryHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The changes, newest first. Must run inside a transaction. */
	List<Change> of(Trajectory trajectory) {
		@SuppressWarnings("unchecked")
		List<Object[]> revisions = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(Trajectory.class, false, true)
			.add(AuditEntity.id().eq(trajectory.getId()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Change> changes = new ArrayList<>();
		Trajectory previous = null;
		for (Object[] row : revisions) {
			Trajectory state = (Trajectory) row[0];
			Revision revision = (Revision) row[1];
			Instant at = Instant.ofEpochMilli(revision.getTimestamp());
			if (previous == null) {
				changes.add(new Change(at, revision.getUsername(), "trajectory.history.created", null, null));
			}
			else {
				for (Field field : FIELDS) {
					String before = text(field.value().apply(previous));
					String after = text(field.value().apply(state));
					if (!Objects.equals(before, after)) {
						changes.add(new Change(at, revision.getUsername(), field.key(), before, after));
					}
				}
			}
			previous = state;
		}
		return changes.reversed();
	}

	private static String name(Organisation organisation) {
		return (organisation != null) ? organisation.getName() : null;
	}

	private static Object plain(java.math.BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
