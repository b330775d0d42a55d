package be.aanboord.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A multi-year plan of the city (meerjarenplanning) within which school years are funded.
 */
@Entity
class BudgetPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private int firstYear;

	private int lastYear;

	@Version
	private int version;

	protected BudgetPlan() {
	}

	Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public int getFirstYear() {
		return this.firstYear;
	}

	public int getLastYear() {
		return this.lastYear;
	}

}
