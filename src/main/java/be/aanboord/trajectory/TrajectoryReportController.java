package be.aanboord.trajectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;
import be.aanboord.project.SchoolYears;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PdfDocuments;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The annual report per project and school year, as a page and as a PDF rendered from the
 * same template fragment.
 */
@Controller
class TrajectoryReportController {

	private final TrajectoryReport reports;

	private final Projects projects;

	private final SchoolYears schoolYears;

	private final SpringTemplateEngine templates;

	private final TrajectoryYears years;

	private final PdfDocuments pdfs;

	private final String pdfCss;

	TrajectoryReportController(TrajectoryReport reports, Projects projects, SchoolYears schoolYears,
			SpringTemplateEngine templates, TrajectoryYears years, PdfDocuments pdfs) throws IOException {
		this.pdfs = pdfs;
		this.pdfCss = new ClassPathResource("static/css/report-pdf.css").getContentAsString(StandardCharsets.UTF_8);
		this.reports = reports;
		this.projects = projects;
		this.schoolYears = schoolYears;
		this.templates = templates;
		this.years = years;
	}

	@GetMapping("/trajecten/jaarverslag")
	String page(@RequestParam(name = "project", required = false) Long projectId,
			@RequestParam(name = "schooljaar", required = false) String label,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		List<ProjectSummary> allowed = allowedProjects(user);
		model.addAttribute("allProjects", allowed);
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		// without a choice: the user's first project, at once
		Long shown = (projectId != null) ? projectId
				: allowed.stream().findFirst().map(ProjectSummary::id).orElse(null);
		TrajectoryScope scope = (shown != null) ? new TrajectoryScope(false, Set.of(shown), -1L)
				: TrajectoryScope.editable(user);
		int year = this.years.resolve(label, session, scope);
		fill(model::addAttribute, shown, year, allowed);
		return "trajectories/report";
	}

	@GetMapping("/trajecten/jaarverslag.pdf")
	void pdf(@RequestParam(name = "project") Long projectId, @RequestParam(name = "schooljaar") String label,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		int year = this.years.asked(label)
			.orElseThrow(() -> new NotFoundException("school year " + label))
			.getStartYear();
		Context context = new Context(locale);
		fill(context::setVariable, projectId, year, allowedProjects(user));
		context.setVariable("css", this.pdfCss);
		byte[] pdf = this.pdfs.render(this.templates.process("trajectories/report-pdf", context));
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"jaarverslag.pdf\"");
		response.getOutputStream().write(pdf);
	}

	private interface Attributes {

		void put(String name, Object value);

	}

	private void fill(Attributes attributes, Long projectId, int year, List<ProjectSummary> allowed) {
		attributes.put("year", new SchoolYear(year));
		if (projectId == null) {
			return;
		}
		ProjectSummary project = allowed.stream()
			.filter((p) -> p.id() == projectId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project " + projectId));
		TrajectoryKind kind = TrajectoryKind.ofProject(project.code());
		attributes.put("project", project);
		attributes.put("kind", kind);
		attributes.put("report", this.reports.of(project.id(), year, kind.isPupilLevel()));
	}

	/** Admins and the city: every project with trajectories; coordinators: their own. */
	private List<ProjectSummary> allowedProjects(CurrentUser user) {
		boolean all = user.hasRole(Role.ADMIN) || user.hasRole(Role.CITY);
		TrajectoryScope scope = TrajectoryScope.editable(user);
		return this.projects.all()
			.stream()
			.filter((p) -> TrajectoryKind.ofProject(p.code()) != null && (all || scope.mayCoordinate(p.id())))
			.toList();
	}

}
