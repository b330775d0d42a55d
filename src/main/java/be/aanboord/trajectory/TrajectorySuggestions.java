package be.aanboord.trajectory;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpDirectory;
import be.aanboord.help.HelpLevel;
import be.aanboord.help.Municipalities;
import be.aanboord.help.Municipality;
import be.aanboord.help.OfferSummary;
import be.aanboord.school.Schools;
import be.aanboord.system.NotFoundException;
import be.aanboord.toolbox.FicheSuggestions;
import be.aanboord.toolbox.Level;
import be.aanboord.toolbox.Theme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help offers and toolbox fiches suggested on a trajectory's page, by a rule simple
 * enough to explain on the page itself (README, "From a trajectory to help"):
 * <ul>
 * <li><b>Help offers</b> that serve the municipality of the trajectory's school (found
 * from the school's postal code; Flanders-wide offers serve every municipality) and fit
 * the trajectory's level, at the levels of care that fit its kind (seed 004's structure):
 * a Ris+K trajectory is a school team's question, so the help a school calls on itself
 * (brede basiszorg, verhoogde zorg, uitbreiding van zorg); NAFT and bridge coaching
 * follow one pupil at risk of leaving school, so uitbreiding van zorg, the help reached
 * through the CLB and the step to work. In the directory's order (level of care, kind,
 * name), at most {@value #OFFERS}.</li>
 * <li><b>Fiches</b> about the themes of the question (curative: behaviour, restorative
 * work, relationship; preventive: class climate, well-being, relationship; the school's
 * care policy: care policy and attendance; NAFT and bridge coaching: attendance and
 * relationship), written for the trajectory's level (any level when it has none) or for
 * every level, the most downloaded first, at most {@value #FICHES}.</li>
 * </ul>
 * Nothing of the pupil is used: only the school, the level, the kind and the question
 * type.
 */
@Component
class TrajectorySuggestions {

	static final int OFFERS = 6;

	static final int FICHES = 3;

	/**
	 * What the page suggests; {@code municipality} is empty when the school's postal code
	 * leads to no municipality of Vlaams-Brabant or Brussels (then no offers).
	 */
	record Suggestions(long trajectoryId, Optional<Municipality> municipality, List<OfferSummary> offers,
			List<FicheSuggestions.Suggested> fiches) {
	}

	private final TrajectoryRepository trajectories;

	private final Schools schools;

	private final Municipalities municipalities;

	private final HelpDirectory help;

	private final FicheSuggestions fiches;

	TrajectorySuggestions(TrajectoryRepository trajectories, Schools schools, Municipalities municipalities,
			HelpDirectory help, FicheSuggestions fiches) {
		this.trajectories = trajectories;
		this.schools = schools;
		this.municipalities = municipalities;
		this.help = help;
		this.fiches = fiches;
	}

	/**
	 * The suggestions for a trajectory the user may read.
	 * @throws NotFoundException when there is no such trajectory or the user may not read
	 * it
	 */
	@Transactional(readOnly = true)
	Suggestions of(long id, CurrentUser user) {
		Trajectory trajectory = this.trajectories.findVisible(id, TrajectoryScope.readable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id));
		TrajectoryLevel level = trajectory.getLevel();
		Optional<Municipality> municipality = this.schools.withAddress(trajectory.getSchoolId())
			.map(Schools.SchoolAddress::postalCode)
			.flatMap(this.municipalities::ofPostalCode);
		Set<CareLevel> careLevels = careLevels(trajectory.getKind());
		List<OfferSummary> offers = municipality
			.map((place) -> this.help.serving(place.code(), helpLevels(level))
				.stream()
				.filter((offer) -> careLevels.contains(offer.careLevel()))
				.limit(OFFERS)
				.toList())
			.orElse(List.of());
		QuestionType question = (trajectory.getKind() == TrajectoryKind.RISK) ? trajectory.getRisk().getQuestionType()
				: null;
		List<FicheSuggestions.Suggested> suggested = this.fiches.about(themes(question),
				(level != null) ? ficheLevel(level) : null, FICHES);
		return new Suggestions(id, municipality, offers, suggested);
	}

	static Set<CareLevel> careLevels(TrajectoryKind kind) {
		return (kind == TrajectoryKind.RISK)
				? EnumSet.of(CareLevel.BASIC_CARE, CareLevel.INCREASED_CARE, CareLevel.EXTENDED_CARE)
				: EnumSet.of(CareLevel.EXTENDED_CARE, CareLevel.THROUGH_CLB, CareLevel.STEP_TO_WORK);
	}

	static Set<Theme> themes(QuestionType question) {
		if (question == null) {
			return EnumSet.of(Theme.ATTENDANCE, Theme.RELATIONSHIP);
		}
		return switch (question) {
			case CURATIVE -> EnumSet.of(Theme.BEHAVIOUR, Theme.RESTORATIVE, Theme.RELATIONSHIP);
			case PREVENTIVE -> EnumSet.of(Theme.CLASS_CLIMATE, Theme.WELLBEING, Theme.RELATIONSHIP);
			case CARE_POLICY -> EnumSet.of(Theme.CARE_POLICY, Theme.ATTENDANCE);
		};
	}

	/** The toolbox's level for the trajectory's level (a bridge coaching has none). */
	static Level ficheLevel(TrajectoryLevel level) {
		return switch (level) {
			case SAMEN_SPEL, KLEUTER -> Level.PRE_SCHOOL;
			case BAO -> Level.PRIMARY;
			case SO -> Level.SECONDARY;
			case BUBAO, BUSO -> Level.SPECIAL;
		};
	}

	static Set<HelpLevel> helpLevels(TrajectoryLevel level) {
		if (level == null) {
			return EnumSet.noneOf(HelpLevel.class);
		}
		return HelpLevel.ofSchoolLevel((level == TrajectoryLevel.SAMEN_SPEL) ? "KLEUTER" : level.name());
	}

}
