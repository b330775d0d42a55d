package be.aanboord.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityDocumentRepository extends JpaRepository<ActivityDocument, Long> {

	/** The documents of an activity, without their content. */
	@Query("""
			select new be.aanboord.agenda.ActivityDocumentRepository$DocumentSummary(d.id, d.title, d.fileName, d.sizeBytes)
			from ActivityDocument d where d.activityId = :activityId order by d.id""")
	List<DocumentSummary> findSummaries(long activityId);

	Optional<ActivityDocument> findByIdAndActivityId(long id, long activityId);

	record DocumentSummary(long id, String title, String fileName, long sizeBytes) {
	}

}
