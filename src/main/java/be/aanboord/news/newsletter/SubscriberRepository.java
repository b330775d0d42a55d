package be.aanboord.news.newsletter;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

	@Query("select s from Subscriber s where lower(s.email) = lower(:email)")
	Optional<Subscriber> findByEmail(String email);

	Optional<Subscriber> findByConfirmTokenHash(byte[] confirmTokenHash);

	@Query("select count(s) from Subscriber s where s.confirmedAt is not null")
	long countConfirmed();

	@Query("select count(s) from Subscriber s where s.confirmedAt is null")
	long countUnconfirmed();

	@Modifying
	@Transactional
	@Query("delete from Subscriber s where s.confirmedAt is null and s.requestedAt < :before")
	int deleteUnconfirmedBefore(Instant before);

}
