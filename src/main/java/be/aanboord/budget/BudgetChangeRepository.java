package be.aanboord.budget;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BudgetChangeRepository extends Repository<BudgetChange, Long> {

	Page<BudgetChange> findByStartYearOrderByChangedAtDescIdDesc(int startYear, Pageable page);

	/**
	 * The history of a year as the city reads it (see {@link BudgetReader}): without the
	 * changes of requested and advised amounts made before the advice was last sent (the
	 * drafts of the projects and of the lab), newest first.
	 */
	@Query(value = """
			select c from BudgetChange c
			where c.startYear = ?1
			and (c.what not in ('requested', 'advised')
			  or c.id > (select max(s.id) from BudgetChange s
			             where s.startYear = ?1 and s.what = 'step' and s.newValue = 'ADVICE_SENT'))
			order by c.changedAt desc, c.id desc""", countQuery = """
			select count(c) from BudgetChange c
			where c.startYear = ?1
			and (c.what not in ('requested', 'advised')
			  or c.id > (select max(s.id) from BudgetChange s
			             where s.startYear = ?1 and s.what = 'step' and s.newValue = 'ADVICE_SENT'))""")
	Page<BudgetChange> findSentHistory(int startYear, Pageable page);

	BudgetChange save(BudgetChange change);

}
