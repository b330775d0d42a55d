package be.aanboord.school;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

import be.aanboord.partner.Organisations;
import be.aanboord.partner.Organisations.OrganisationSummary;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Keeps the register of schools, each call one transaction: creates a school and changes
 * its description (checked against the version the form was opened on), records its
 * membership of a learning network per school year, and imports a CSV file of schools
 * (all rows or none).
 */
@Service
class SchoolRegister {

	private final SchoolRepository schools;

	private final SchoolMemberships memberships;

	private final SchoolImport schoolImport;

	private final Organisations organisations;

	SchoolRegister(SchoolRepository schools, SchoolMemberships memberships, SchoolImport schoolImport,
			Organisations organisations) {
		this.schools = schools;
		this.memberships = memberships;
		this.schoolImport = schoolImport;
		this.organisations = organisations;
	}

	/**
	 * Creates a school from the form, unless it has errors: those of its constraints, and
	 * a name another school has in any case ({@code school.name.taken}), added here.
	 * @param errors the form's errors so far, to which this adds
	 * @return the new school's id, or empty when nothing was saved because of errors
	 * @throws NotFoundException when the form names a CLB that does not exist
	 */
	@Transactional
	Optional<Long> create(SchoolForm form, Errors errors) {
		if (form.getName() != null && this.schools.existsByNameIgnoreCase(form.getName().strip())) {
			errors.rejectValue("name", "school.name.taken");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		School school = new School(form.getName().strip(), form.getLevel(), form.getNetwork());
		describe(school, form);
		return Optional.of(this.schools.save(school).getId());
	}

	/**
	 * Changes the school's description to the form's, unless the form has errors (as for
	 * {@link #create}); a conflict is found before any error.
	 * @return whether it was saved
	 * @throws EditConflict when the school was saved since the form was opened
	 * @throws NotFoundException when there is no such school or CLB
	 */
	@Transactional
	boolean update(long id, SchoolForm form, Errors errors) {
		School school = find(id);
		EditConflict.check("school " + id, form.getVersion(), school.getVersion());
		if (form.getName() != null && this.schools.existsByNameIgnoreCaseAndIdNot(form.getName().strip(), id)) {
			errors.rejectValue("name", "school.name.taken");
		}
		if (errors.hasErrors()) {
			return false;
		}
		describe(school, form);
		return true;
	}

	/**
	 * Records that the school belongs to the learning network in the school year (once).
	 * @throws NotFoundException when there is no such school
	 */
	@Transactional
	void join(long id, SchoolYear year, LearningNetwork network) {
		this.memberships.add(find(id).getId(), year, network);
	}

	/**
	 * Records that the school no longer belongs to the learning network in the year.
	 * @throws NotFoundException when there is no such school
	 */
	@Transactional
	void leave(long id, SchoolYear year, LearningNetwork network) {
		this.memberships.remove(find(id).getId(), year, network);
	}

	/**
	 * Imports the schools of a CSV file ({@link SchoolImport}): every row is saved, or,
	 * when any row has a problem, none.
	 * @param csv the file's text, from a strict UTF-8 decoder
	 */
	@Transactional
	SchoolImport.Result importFile(Reader csv) throws IOException {
		SchoolImport.Rows rows = this.schoolImport.read(csv);
		if (!rows.problems().isEmpty()) {
			return new SchoolImport.Result(0, rows.problems());
		}
		rows.schools().forEach(this.schools::save);
		return new SchoolImport.Result(rows.schools().size(), List.of());
	}

	private void describe(School school, SchoolForm form) {
		Long clbId = form.getClbId();
		if (clbId != null && this.organisations.find(clbId).filter(OrganisationSummary::clb).isEmpty()) {
			throw new NotFoundException("CLB " + clbId);
		}
		school.describe(form.getName().strip(), form.getLevel(), form.getNetwork(),
				SchoolForm.trimmed(form.getSchoolCommunity()), clbId, SchoolForm.trimmed(form.getStreet()),
				SchoolForm.trimmed(form.getPostalCode()), SchoolForm.trimmed(form.getCity()));
	}

	private School find(long id) {
		return this.schools.findById(id).orElseThrow(() -> new NotFoundException("school " + id));
	}

}
