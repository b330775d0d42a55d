package be.aanboord.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SchoolRepository extends Repository<School, Long> {

	List<School> findAllByOrderByName();

	long count();

	Optional<School> findById(Long id);

	@Query("""
			select s from School s
			where (:text = '' or lower(s.name) like concat('%', :text, '%')
			  or lower(coalesce(s.city, '')) like concat('%', :text, '%'))
			  and (:level is null or s.level = :level)
			order by lower(s.name), s.id""")
	Page<School> search(String text, SchoolLevel level, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	School save(School school);

}
