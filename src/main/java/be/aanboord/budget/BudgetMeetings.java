package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget as the lab's meetings see it: the step "discussed" of a school year records
 * the meeting (by id; the budget does not know the agenda, the agenda calls this), and a
 * meeting's page lists the requests discussed there.
 */
@Service
public class BudgetMeetings {

	private final BudgetYearRepository years;

	private final BudgetChangeRepository changes;

	private final Projects projects;

	private final Clock clock;

	BudgetMeetings(BudgetYearRepository years, BudgetChangeRepository changes, Projects projects, Clock clock) {
		this.years = years;
		this.changes = changes;
		this.projects = projects;
		this.clock = clock;
	}

	/** A funding request as a meeting's page shows it. */
	public record DiscussedRequest(String project, BigDecimal requested, BigDecimal advised) {
	}

	/** The requests of a school year discussed at a meeting. */
	public record Discussed(String schoolYear, List<DiscussedRequest> requests) {
	}

	/**
	 * Records that the year's requests were discussed at the meeting, on its date: the
	 * year moves to the step discussed when its requests were open, in one transaction
	 * with its history.
	 * @param formVersion the year's version when the meeting's page was opened
	 * @return the message key (budget bundle) of the rule that refused it, or empty
	 * @throws NotFoundException when the year has no budget
	 * @throws EditConflict when the year changed since the page was opened
	 */
	@Transactional
	public Optional<String> recordDiscussedAt(int startYear, int formVersion, long meetingId, LocalDate on, String by) {
		BudgetYear year = this.years.findWithRequests(startYear)
			.orElseThrow(() -> new NotFoundException("budget year " + startYear));
		EditConflict.check("budget year " + startYear, formVersion, year.getVersion());
		try {
			year.discussedAt(meetingId, on, new Actor(by, this.clock.instant()));
		}
		catch (BudgetRuleException refused) {
			return Optional.of(refused.getMessageKey());
		}
		year.takeChanges().forEach(this.changes::save);
		return Optional.empty();
	}

	/**
	 * The years (with their version) whose requests may still be recorded as discussed.
	 */
	@Transactional(readOnly = true)
	public List<YearToDiscuss> yearsToDiscuss() {
		return this.years.findAllWithRequests()
			.stream()
			.filter((year) -> !year.reached(BudgetStep.ADVICE_SENT))
			.sorted(Comparator.comparing(BudgetYear::getStartYear))
			.map((year) -> new YearToDiscuss(year.getStartYear(), year.getLabel(), year.getVersion()))
			.toList();
	}

	/** A school year whose requests are open or discussed. */
	public record YearToDiscuss(int startYear, String label, int version) {
	}

	/** The requests discussed at the meeting, per school year (usually one or none). */
	@Transactional(readOnly = true)
	public List<Discussed> discussedAt(long meetingId) {
		return this.years.findAllWithRequests()
			.stream()
			.filter((year) -> Long.valueOf(meetingId).equals(year.getDiscussedMeetingId()))
			.sorted(Comparator.comparing(BudgetYear::getStartYear))
			.map((year) -> new Discussed(year.getLabel(),
					year.getRequests()
						.stream()
						.map((request) -> new DiscussedRequest(
								this.projects.find(request.getProjectId()).map(ProjectSummary::name).orElse(""),
								request.getRequested(), request.getAdvised()))
						.sorted(Comparator.comparing(DiscussedRequest::project))
						.toList()))
			.toList();
	}

}
