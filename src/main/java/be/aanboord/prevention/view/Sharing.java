package be.aanboord.prevention.view;

import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.prevention.lab.PlanAggregates;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a school lets the lab count its plan in the lab's aggregates (issue 15): only
 * the school decides, never its CLB, and the lab only ever shows figures over at least
 * five schools, never this plan on its own. The lab's kept figures are dropped when a
 * school changes its choice, so the next lab page counts it. The plan's {@code version}
 * guards against a second tab or colleague changing it meanwhile.
 */
@Service
class Sharing {

	private final JdbcClient jdbc;

	private final PlanAggregates aggregates;

	Sharing(JdbcClient jdbc, PlanAggregates aggregates) {
		this.jdbc = jdbc;
		this.aggregates = aggregates;
	}

	/**
	 * Shares the plan or stops sharing it.
	 * @param plan the plan as opened by the school's own user
	 * @param shared whether the lab may count it
	 * @param version the plan's version the form was shown with
	 * @throws NotFoundException when the plan is read by its CLB (only the school shares)
	 * @throws EditConflict when the plan changed since the form was shown
	 */
	@Transactional
	void share(PlanRef plan, boolean shared, int version) {
		if (plan.readByClb()) {
			throw new NotFoundException("sharing plan " + plan.id());
		}
		int changed = this.jdbc.sql("""
				update prevention_plan set shared = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""").param(shared).param(plan.id()).param(version).update();
		if (changed == 0) {
			throw new EditConflict("plan " + plan.id());
		}
		this.aggregates.forget();
	}

}
