package be.aanboord.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A project's plan for one school year: goals, planned activities and measurable targets.
 */
@Entity
public class ActionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	/** The start year of the school year (2021 for 2021-2022). */
	@Column(name = "school_year")
	private int schoolYear;

	private String introduction;

	@ElementCollection
	@CollectionTable(name = "action_plan_goal")
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> goals = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "action_plan_activity")
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> activities = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "action_plan_target")
	@OrderColumn(name = "position")
	private List<Target> targets = new ArrayList<>();

	@Version
	private int version;

	protected ActionPlan() {
	}

	public Long getId() {
		return this.id;
	}

	public Project getProject() {
		return this.project;
	}

	public SchoolYear getSchoolYear() {
		return new SchoolYear(this.schoolYear);
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public List<String> getGoals() {
		return List.copyOf(this.goals);
	}

	public List<String> getActivities() {
		return List.copyOf(this.activities);
	}

	public List<Target> getTargets() {
		return List.copyOf(this.targets);
	}

}
