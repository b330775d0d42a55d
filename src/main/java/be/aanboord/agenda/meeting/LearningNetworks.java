package be.aanboord.agenda.meeting;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.project.SchoolYear;
import be.aanboord.school.LearningNetwork;
import be.aanboord.school.Schools;
import be.aanboord.school.Schools.SchoolSummary;
import be.aanboord.system.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A learning network in a school year as its page reads it: the member schools (the
 * school module's membership, not copied), per school the people taking part, the
 * network's meetings (activities of type NETWORK_MEETING) and who attended them. A school
 * attended a meeting when one of its people did; its attendance rate over the year is the
 * share of the meetings held so far that it attended.
 */
@Component
class LearningNetworks {

	private final JdbcClient jdbc;

	private final Schools schools;

	LearningNetworks(JdbcClient jdbc, Schools schools) {
		this.jdbc = jdbc;
		this.schools = schools;
	}

	/** A meeting of a network. */
	record NetworkMeeting(long id, String slug, String title, OffsetDateTime startsAt, String learningNetwork) {

		public LearningNetwork network() {
			return LearningNetwork.valueOf(this.learningNetwork);
		}

	}

	/**
	 * A person of a member school taking part in the network (adult: name and function
	 * only).
	 */
	record Participant(long id, long schoolId, String fullName, String functionTitle) {
	}

	/**
	 * A member school with its people, what it attended and its rate (null before any
	 * meeting).
	 */
	record MemberSchool(SchoolSummary school, List<Participant> people, Set<Long> attendedMeetings, int attended,
			int held, Integer ratePercent) {

		public boolean attendedMeeting(long meetingId) {
			return this.attendedMeetings.contains(meetingId);
		}

	}

	/** The school years the network has members or meetings in, newest first. */
	List<Integer> years(LearningNetwork network) {
		return this.jdbc.sql("""
				select school_year from school_network_membership where network = :network
				union
				select y.start_year from activity a join school_year y
				  on (a.starts_at at time zone 'Europe/Brussels')::date between y.starts_on and y.ends_on
				where a.type = 'NETWORK_MEETING' and a.learning_network = :network
				order by 1 desc""").param("network", network.name()).query(Integer.class).list();
	}

	List<NetworkMeeting> meetings(LearningNetwork network, SchoolYear year) {
		return this.jdbc.sql("""
				select id, slug, title, starts_at, learning_network from activity
				where type = 'NETWORK_MEETING' and learning_network = ?
				  and (starts_at at time zone 'Europe/Brussels')::date between ? and ?
				order by starts_at, id""")
			.params(network.name(), year.getStartsOn(), year.getEndsOn())
			.query(NetworkMeeting.class)
			.list();
	}

	Optional<NetworkMeeting> meeting(String slug) {
		return this.jdbc.sql("""
				select id, slug, title, starts_at, learning_network from activity
				where type = 'NETWORK_MEETING' and learning_network is not null and slug = ?""")
			.param(slug)
			.query(NetworkMeeting.class)
			.optional();
	}

	List<Participant> participants(LearningNetwork network, SchoolYear year) {
		return this.jdbc.sql("""
				select id, school_id, full_name, function_title from network_participant
				where network = ? and school_year = ? order by full_name, id""")
			.params(network.name(), year.getStartYear())
			.query(Participant.class)
			.list();
	}

	/** The ids of the people who attended the meeting. */
	Set<Long> attendance(long meetingId) {
		return Set.copyOf(this.jdbc.sql("select participant_id from network_attendance where activity_id = ?")
			.param(meetingId)
			.query(Long.class)
			.list());
	}

	/**
	 * The member schools of the year with their people and attendance, by name.
	 * @param now meetings starting later have not been held and do not count
	 */
	List<MemberSchool> members(LearningNetwork network, SchoolYear year, List<NetworkMeeting> meetings,
			OffsetDateTime now) {
		Map<Long, List<Participant>> people = participants(network, year).stream()
			.collect(Collectors.groupingBy(Participant::schoolId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, Set<Long>> attendedBySchool = this.jdbc.sql("""
				select distinct np.school_id, na.activity_id from network_attendance na
				join network_participant np on np.id = na.participant_id
				where np.network = ? and np.school_year = ?""")
			.params(network.name(), year.getStartYear())
			.query((row, n) -> Map.entry(row.getLong(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
		Set<Long> held = meetings.stream()
			.filter((meeting) -> !meeting.startsAt().isAfter(now))
			.map(NetworkMeeting::id)
			.collect(Collectors.toSet());
		return this.schools.members(network, year.getStartYear()).stream().map((school) -> {
			Set<Long> attended = attendedBySchool.getOrDefault(school.id(), Set.of());
			int count = (int) attended.stream().filter(held::contains).count();
			Integer rate = held.isEmpty() ? null : Math.round(100f * count / held.size());
			return new MemberSchool(school, people.getOrDefault(school.id(), List.of()), attended, count, held.size(),
					rate);
		}).toList();
	}

	/** The school year a meeting falls in. */
	static SchoolYear yearOf(NetworkMeeting meeting) {
		return new SchoolYear(
				SchoolYear.startYearOf(meeting.startsAt().atZoneSameInstant(Formats.BRUSSELS).toLocalDate()));
	}

}
