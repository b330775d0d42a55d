package be.aanboord.school;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface SchoolRepository extends Repository<School, Long> {

	List<School> findAllByOrderByName();

	long count();

}
