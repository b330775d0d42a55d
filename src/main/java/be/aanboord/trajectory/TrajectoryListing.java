package be.aanboord.trajectory;

import java.util.Comparator;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.school.Schools;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The filtered, sorted, paginated list of trajectories and its exports, with the names
 * they show read once per module (see {@link TrajectoryNames}), and the access log of
 * what was listed or exported. Not one transaction: the list reads only the columns it
 * shows ({@link TrajectoryRows}), the exports read the trajectories in a read-only
 * transaction of the repository (they hold no lazy references), and the access log is
 * written after either.
 */
@Service
class TrajectoryListing {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_MAX = 50_000;

	/** An organisation the partner filter offers. */
	record Partner(long id, String name) {
	}

	/** One page of the list with the names it shows and the choices of its filters. */
	record Listing(Page<TrajectoryRows.Listed> page, TrajectoryNames names, List<ProjectSummary> projects,
			List<Partner> partners) {
	}

	/** The exported trajectories with the names they show. */
	record Export(List<Trajectory> rows, TrajectoryNames names) {
	}

	private final TrajectoryRepository trajectories;

	private final TrajectoryRows rows;

	private final TrajectoryAccessLog accessLog;

	private final Projects projects;

	private final Schools schools;

	private final Organisations organisations;

	TrajectoryListing(TrajectoryRepository trajectories, TrajectoryRows rows, TrajectoryAccessLog accessLog,
			Projects projects, Schools schools, Organisations organisations) {
		this.trajectories = trajectories;
		this.rows = rows;
		this.accessLog = accessLog;
		this.projects = projects;
		this.schools = schools;
		this.organisations = organisations;
	}

	/**
	 * The page of the list (25 a page; a page past the end gives the last), the projects
	 * with trajectories and the organisations that execute any, for the filters.
	 */
	Listing page(TrajectoryFilter filter, CurrentUser user, int page) {
		TrajectoryScope scope = TrajectoryScope.readable(user);
		Page<TrajectoryRows.Listed> result = Pages.of(page, PAGE_SIZE, (p) -> this.rows.page(filter, scope, p));
		List<ProjectSummary> trajectoryProjects = trajectoryProjects();
		List<Long> partnerIds = this.trajectories.findPartnerIds();
		TrajectoryNames names = TrajectoryNames.ofListed(result.getContent(), trajectoryProjects, this.schools,
				this.organisations, partnerIds);
		List<Partner> partners = partnerIds.stream()
			.map((id) -> new Partner(id, names.organisation(id)))
			.filter((partner) -> partner.name() != null)
			.sorted(Comparator.comparing(Partner::name).thenComparing(Partner::id))
			.toList();
		this.accessLog.recordAllListed(user, result.getContent(), TrajectoryAccessLog.Action.LIST);
		return new Listing(result, names, trajectoryProjects, partners);
	}

	/** The filtered trajectories, at most 50,000. */
	Export export(TrajectoryFilter filter, CurrentUser user) {
		List<Trajectory> rows = this.trajectories
			.findAll(filter.specification(TrajectoryScope.readable(user)),
					PageRequest.of(0, EXPORT_MAX, filter.toSort()))
			.getContent();
		this.accessLog.recordAll(user, rows, TrajectoryAccessLog.Action.EXPORT);
		return new Export(rows,
				TrajectoryNames.of(rows, this.projects.all(), this.schools, this.organisations, List.of()));
	}

	/** The projects that have trajectories, in the lab's order. */
	List<ProjectSummary> trajectoryProjects() {
		return this.projects.all().stream().filter((p) -> TrajectoryKind.ofProject(p.code()) != null).toList();
	}

}
