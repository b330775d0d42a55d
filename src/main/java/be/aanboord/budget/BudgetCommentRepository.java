package be.aanboord.budget;

import java.util.List;

import org.springframework.data.repository.Repository;

interface BudgetCommentRepository extends Repository<BudgetComment, Long> {

	List<BudgetComment> findByStartYearOrderByWrittenAt(int startYear);

	BudgetComment save(BudgetComment comment);

}
