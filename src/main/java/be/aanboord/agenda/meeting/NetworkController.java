package be.aanboord.agenda.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.agenda.meeting.LearningNetworks.MemberSchool;
import be.aanboord.agenda.meeting.LearningNetworks.NetworkMeeting;
import be.aanboord.project.SchoolYear;
import be.aanboord.school.LearningNetwork;
import be.aanboord.system.Formats;
import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learning networks ({@code /agenda/netwerken}): per network and school year the
 * member schools with their people, the meetings and the attendance, for signed-in lab
 * members; people and attendance kept by the lab (ADMIN) and coordinators. See
 * {@code MeetingAccessRules}.
 */
@Controller
class NetworkController {

	private static final String BASE = "/agenda/netwerken/";

	private final LearningNetworks networks;

	private final NetworkRecords records;

	private final Clock clock;

	NetworkController(LearningNetworks networks, NetworkRecords records, Clock clock) {
		this.networks = networks;
		this.records = records;
		this.clock = clock;
	}

	/** A network on the list: its address and name. */
	record NetworkLink(String slug, LearningNetwork network) {
	}

	@GetMapping("/agenda/netwerken")
	String list(Model model) {
		model.addAttribute("networks",
				List.of(NetworkSlug.values()).stream().map((n) -> new NetworkLink(n.slug(), n.network())).toList());
		return "agenda/network/list";
	}

	/**
	 * A network in a school year ({@code schooljaar=2025-2026}); without one, the current
	 * school year when the network has members or meetings in it, else its latest.
	 */
	@GetMapping("/agenda/netwerken/{network}")
	String show(@PathVariable("network") String slug, @RequestParam(name = "schooljaar", required = false) String label,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		LearningNetwork network = network(slug);
		return page(network, year(network, label), user, model);
	}

	@PostMapping("/agenda/netwerken/{network}/{year}/deelnemers")
	String addParticipant(@PathVariable("network") String slug, @PathVariable("year") String label,
			@Valid @ModelAttribute("networkForm") NetworkForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LearningNetwork network = network(slug);
		SchoolYear year = knownYear(label);
		if (result.hasErrors()) {
			return page(network, year, user, model);
		}
		try {
			this.records.addParticipant(network, year, form.getSchoolId(), form.getFullName(), form.getFunctionTitle());
			redirect.addFlashAttribute("success", "meeting.saved");
		}
		catch (MeetingRuleException refused) {
			redirect.addFlashAttribute("refused", refused.getMessageKey());
		}
		return "redirect:" + BASE + slug + "?schooljaar=" + year.getLabel() + "#scholen";
	}

	@PostMapping("/agenda/netwerken/{network}/{year}/deelnemers/{id}/verwijderen")
	String removeParticipant(@PathVariable("network") String slug, @PathVariable("year") String label,
			@PathVariable long id, RedirectAttributes redirect) {
		LearningNetwork network = network(slug);
		SchoolYear year = knownYear(label);
		this.records.removeParticipant(network, id);
		redirect.addFlashAttribute("success", "meeting.saved");
		return "redirect:" + BASE + slug + "?schooljaar=" + year.getLabel() + "#scholen";
	}

	/** A network meeting: who of the member schools attended. */
	@GetMapping("/agenda/netwerken/vergadering/{slug}")
	String attendance(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		NetworkMeeting meeting = meeting(slug);
		SchoolYear year = LearningNetworks.yearOf(meeting);
		model.addAttribute("meeting", meeting);
		model.addAttribute("networkSlug", NetworkSlug.of(meeting.network()));
		model.addAttribute("year", year);
		model.addAttribute("schools",
				this.networks.members(meeting.network(), year, this.networks.meetings(meeting.network(), year), now()));
		model.addAttribute("present", this.networks.attendance(meeting.id()));
		model.addAttribute("mayEdit", mayEdit(user));
		return "agenda/network/attendance";
	}

	@PostMapping("/agenda/netwerken/vergadering/{slug}")
	String recordAttendance(@PathVariable String slug,
			@RequestParam(name = "aanwezig", required = false) List<Long> present, RedirectAttributes redirect) {
		NetworkMeeting meeting = meeting(slug);
		this.records.recordAttendance(meeting, (present != null) ? present : List.of());
		redirect.addFlashAttribute("success", "network.attendance.saved");
		return "redirect:" + BASE + "vergadering/" + slug;
	}

	private String page(LearningNetwork network, SchoolYear year, CurrentUser user, Model model) {
		List<NetworkMeeting> meetings = this.networks.meetings(network, year);
		List<MemberSchool> schools = this.networks.members(network, year, meetings, now());
		model.addAttribute("network", network);
		model.addAttribute("networkSlug", NetworkSlug.of(network));
		model.addAttribute("year", year);
		model.addAttribute("years", this.networks.years(network).stream().map(SchoolYear::new).toList());
		model.addAttribute("meetings", meetings);
		model.addAttribute("schools", schools);
		model.addAttribute("now", now());
		model.addAttribute("mayEdit", mayEdit(user));
		if (!model.containsAttribute("networkForm")) {
			model.addAttribute("networkForm", new NetworkForm());
		}
		return "agenda/network/show";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static boolean mayEdit(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR);
	}

	private static LearningNetwork network(String slug) {
		return NetworkSlug.parse(slug).orElseThrow(() -> new NotFoundException("learning network " + slug));
	}

	private NetworkMeeting meeting(String slug) {
		return this.networks.meeting(slug).orElseThrow(() -> new NotFoundException("network meeting " + slug));
	}

	private SchoolYear year(LearningNetwork network, String label) {
		if (label != null) {
			return knownYear(label);
		}
		int current = SchoolYear.startYearOf(LocalDate.now(this.clock.withZone(Formats.BRUSSELS)));
		List<Integer> years = this.networks.years(network);
		if (years.isEmpty() || years.contains(current)) {
			return new SchoolYear(current);
		}
		return new SchoolYear(years.get(0));
	}

	private static SchoolYear knownYear(String label) {
		Integer startYear = SchoolYear.parseLabel(label.strip());
		if (startYear == null) {
			throw new NotFoundException("school year " + label);
		}
		return new SchoolYear(startYear);
	}

}
