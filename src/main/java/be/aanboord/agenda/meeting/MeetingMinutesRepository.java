package be.aanboord.agenda.meeting;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MeetingMinutesRepository extends Repository<MeetingMinutes, Long> {

	Optional<MeetingMinutes> findById(Long meetingId);

	MeetingMinutes save(MeetingMinutes minutes);

}
