package be.aanboord.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

	@EntityGraph(attributePaths = { "ficheIds", "activityIds", "offerIds" })
	Optional<NewsItem> findBySlug(String slug);

	@EntityGraph(attributePaths = { "ficheIds", "activityIds", "offerIds" })
	Optional<NewsItem> findWithLinksById(long id);

	boolean existsBySlug(String slug);

	@Query("select n from NewsItem n where n.status = be.aanboord.news.NewsStatus.PUBLISHED "
			+ "order by n.date desc, n.id desc")
	Page<NewsItem> findPublished(Pageable page);

	@Query("select n from NewsItem n where n.status = be.aanboord.news.NewsStatus.PUBLISHED "
			+ "and n.publishedAt > :since order by n.date desc, n.id desc")
	List<NewsItem> findPublishedAfter(Instant since);

	@Query("select n from NewsItem n where n.status = be.aanboord.news.NewsStatus.PUBLISHED "
			+ "order by n.date desc, n.id desc limit 20")
	List<NewsItem> findLatest();

	@Query("select n from NewsItem n where n.status = be.aanboord.news.NewsStatus.PUBLISHED and n.id in :ids "
			+ "order by n.date desc, n.id desc")
	List<NewsItem> findPublishedByIds(Collection<Long> ids);

	Page<NewsItem> findAllByOrderByDateDescIdDesc(Pageable page);

}
