package be.aanboord.trajectory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The filters of the trajectory list, as they appear in the URL (Dutch parameter names),
 * so a filtered list can be bookmarked and shared.
 */
record TrajectoryFilter(Integer schoolYear, Long projectId, TrajectoryKind kind, TrajectoryStatus status, Long schoolId,
		String schoolName, Long partnerId, QuestionType questionType, String text, String sort) {

	/** The value of "schooljaar" that asks for every school year. */
	static final String ALL_YEARS = "alle";

	static final List<String> SORTS = List.of("nieuwste", "start", "school", "status", "uren");

	Specification<Trajectory> specification(TrajectoryScope scope) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.all()) {
				where.add(cb.or(root.get("projectId").in(scope.projectIds()),
						cb.equal(root.get("partnerId"), scope.organisationId())));
			}
			if (this.schoolYear != null) {
				where.add(cb.equal(root.get("schoolYear"), this.schoolYear));
			}
			if (this.projectId != null) {
				where.add(cb.equal(root.get("projectId"), this.projectId));
			}
			if (this.kind != null) {
				where.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.schoolId != null) {
				where.add(cb.equal(root.get("schoolId"), this.schoolId));
			}
			if (this.schoolName != null && !this.schoolName.isBlank()) {
				where.add(cb.like(cb.lower(root.get("schoolName").get("name")), containing(this.schoolName), '\\'));
			}
			if (this.partnerId != null) {
				where.add(cb.equal(root.get("partnerId"), this.partnerId));
			}
			if (this.questionType != null) {
				where.add(cb.equal(root.get("risk").get("questionType"), this.questionType));
			}
			if (this.text != null && !this.text.isBlank()) {
				String like = containing(this.text);
				where.add(cb.or(cb.like(cb.lower(cb.coalesce(root.get("pupilCode"), "")), like),
						cb.like(cb.lower(cb.coalesce(root.get("question"), "")), like),
						cb.like(cb.lower(cb.coalesce(root.get("bridge").get("coach"), "")), like)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * The like pattern matching values that contain the text, case-insensitively (to be
	 * compared with a lower-cased value, backslash as the escape character): the text
	 * stripped, lower-cased, its wildcards escaped, between {@code %}.
	 */
	static String containing(String text) {
		return "%" + escape(text) + "%";
	}

	private static String escape(String text) {
		return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	Sort toSort() {
		return switch ((this.sort != null) ? this.sort : "") {
			case "start" -> Sort.by(Sort.Order.desc("startDate").nullsLast(), Sort.Order.desc("id"));
			case "school" -> Sort.by("schoolName.name", "id");
			case "status" -> Sort.by("status", "id");
			case "uren" -> Sort.by(Sort.Order.desc("loggedHours"), Sort.Order.desc("id"));
			default -> Sort.by(Sort.Order.desc("id"));
		};
	}

	/** The list's address with these filters (and the given sort), without the page. */
	String url(String path, String sortOverride) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		add(url, "schooljaar", (this.schoolYear != null) ? this.schoolYear + "-" + (this.schoolYear + 1) : ALL_YEARS);
		add(url, "project", this.projectId);
		add(url, "soort", this.kind);
		add(url, "status", this.status);
		add(url, "school", this.schoolId);
		add(url, "schoolnaam", this.schoolName);
		add(url, "partner", this.partnerId);
		add(url, "vraagtype", this.questionType);
		add(url, "zoek", (this.text != null && !this.text.isBlank()) ? this.text : null);
		add(url, "sorteer", (sortOverride != null) ? sortOverride : this.sort);
		return url.build(true).toUriString();
	}

	/**
	 * Adds the parameter percent-encoded, a {@code +} too (it would come back as a
	 * space).
	 */
	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, UriUtils.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
