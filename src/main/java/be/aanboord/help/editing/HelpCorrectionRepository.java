package be.aanboord.help.editing;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface HelpCorrectionRepository extends JpaRepository<HelpCorrection, Long> {

	/**
	 * The editors' queue: proposed corrections first, then handled ones; within each the
	 * oldest first (index {@code help_correction_queue_idx}).
	 */
	@Query(value = """
			select c from HelpCorrection c
			order by case when c.status = be.aanboord.help.editing.CorrectionStatus.PROPOSED then 0 else 1 end,
			         c.proposedAt, c.id""", countQuery = "select count(c) from HelpCorrection c")
	Page<HelpCorrection> queue(Pageable pageable);

	long countByStatus(CorrectionStatus status);

	long countByOfferIdAndStatus(long offerId, CorrectionStatus status);

	Optional<HelpCorrection> findFirstByOfferIdAndStatusOrderByProposedAtAscIdAsc(long offerId,
			CorrectionStatus status);

	/**
	 * Erases the reply address of a handled correction, if it is still there; 1 when this
	 * call erased it (and so may send the one reply), 0 otherwise.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update help_correction set email = null
			where id = :id and email = :email and status <> 'PROPOSED'""")
	int eraseEmail(@Param("id") long id, @Param("email") String email);

}
