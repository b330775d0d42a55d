package be.aanboord.help.card;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpCardRepository extends JpaRepository<HelpCard, Long> {

	Optional<HelpCard> findByTokenHash(byte[] tokenHash);

	Optional<HelpCard> findBySchoolId(long schoolId);

}
