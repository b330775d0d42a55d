package be.aanboord.budget;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface BudgetChangeRepository extends Repository<BudgetChange, Long> {

	Page<BudgetChange> findByStartYearOrderByChangedAtDescIdDesc(int startYear, Pageable page);

	BudgetChange save(BudgetChange change);

}
