package be.aanboord.project;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface SchoolYearRepository extends Repository<SchoolYear, Integer> {

	List<SchoolYear> findAllByOrderByStartYearDesc();

}
