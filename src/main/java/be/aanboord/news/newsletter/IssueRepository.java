package be.aanboord.news.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

	Page<Issue> findAllByOrderByIdDesc(Pageable page);

	@EntityGraph(attributePaths = { "newsIds", "ficheIds", "activityIds" })
	Optional<Issue> findWithItemsById(long id);

	/** When the last issue before this one started sending (null when none did). */
	@Query("select max(i.sendingAt) from Issue i where i.sendingAt is not null")
	Instant lastSendingStart();

	@Query("select i.id from Issue i where i.status = be.aanboord.news.newsletter.IssueStatus.SENDING order by i.id")
	List<Long> findSending();

}
