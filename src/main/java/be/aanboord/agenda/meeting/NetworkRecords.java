package be.aanboord.agenda.meeting;

import java.util.Collection;

import be.aanboord.agenda.meeting.LearningNetworks.NetworkMeeting;
import be.aanboord.project.SchoolYear;
import be.aanboord.school.LearningNetwork;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a learning network's year, one transaction each: the people of a member
 * school (the membership itself is the school module's, on the school's page) and the
 * attendance of a meeting.
 */
@Service
@Transactional
class NetworkRecords {

	private final JdbcClient jdbc;

	NetworkRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person of a member school takes part in the network in the school year.
	 * @throws MeetingRuleException {@code network.rule.notAMember} when the school is no
	 * member that year
	 */
	void addParticipant(LearningNetwork network, SchoolYear year, long schoolId, String fullName,
			String functionTitle) {
		boolean member = this.jdbc.sql("""
				select count(*) from school_network_membership
				where school_id = ? and school_year = ? and network = ?""")
			.params(schoolId, year.getStartYear(), network.name())
			.query(Integer.class)
			.single() > 0;
		if (!member) {
			throw new MeetingRuleException("network.rule.notAMember");
		}
		this.jdbc.sql("""
				insert into network_participant (school_id, school_year, network, full_name, function_title)
				values (?, ?, ?, ?, ?)""")
			.params(schoolId, year.getStartYear(), network.name(), fullName.strip(),
					(functionTitle == null || functionTitle.isBlank()) ? null : functionTitle.strip())
			.update();
	}

	/** Removes a person from the network (and their attendance). */
	void removeParticipant(LearningNetwork network, long participantId) {
		this.jdbc.sql("delete from network_participant where id = ? and network = ?")
			.params(participantId, network.name())
			.update();
	}

	/**
	 * Records who attended the meeting: exactly the given people of the network's schools
	 * of that year (ids of others are ignored).
	 */
	void recordAttendance(NetworkMeeting meeting, Collection<Long> participantIds) {
		SchoolYear year = LearningNetworks.yearOf(meeting);
		this.jdbc.sql("delete from network_attendance where activity_id = ?").param(meeting.id()).update();
		if (participantIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into network_attendance (activity_id, participant_id)
				select :meeting, id from network_participant
				where id in (:ids) and network = :network and school_year = :year""")
			.param("meeting", meeting.id())
			.param("ids", participantIds)
			.param("network", meeting.learningNetwork())
			.param("year", year.getStartYear())
			.update();
	}

}
