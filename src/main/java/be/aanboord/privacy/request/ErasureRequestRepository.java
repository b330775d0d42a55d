package be.aanboord.privacy.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

	/** One status, newest first (index erasure_request_status_idx). */
	@Query("select r from ErasureRequest r where r.status = ?1 order by r.requestedAt desc, r.id desc")
	Page<ErasureRequest> findByStatus(ErasureStatus status, Pageable page);

	/** Handled ones (carried out or refused), newest first. */
	@Query("select r from ErasureRequest r where r.status <> be.aanboord.privacy.request.ErasureStatus.OPEN "
			+ "order by r.requestedAt desc, r.id desc")
	Page<ErasureRequest> findHandled(Pageable page);

	Optional<ErasureRequest> findByAccountIdAndStatus(long accountId, ErasureStatus status);

	List<ErasureRequest> findByAccountIdOrderByRequestedAtDesc(long accountId);

	long countByStatus(ErasureStatus status);

}
