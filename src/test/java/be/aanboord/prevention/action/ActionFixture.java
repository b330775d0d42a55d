package be.aanboord.prevention.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import be.aanboord.account.TestAccounts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A world of its own for the action tests: a CLB, a school it serves with a plan for
 * 2026-2027 and one for 2025-2026, another school of the same CLB with its plan, the
 * school's user and the CLB's worker. {@link #remove()} deletes the plans, schools, CLB
 * and users again.
 */
@Component
class ActionFixture {

	static final String PASSWORD = TestAccounts.DEMO_PASSWORD;

	private final JdbcClient jdbc;

	private final TestAccounts accounts;

	long clbId;

	long schoolId;

	long otherSchoolId;

	long planId;

	long lastYearPlanId;

	long otherPlanId;

	String school;

	String clb;

	String otherSchool;

	ActionFixture(JdbcClient jdbc, TestAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	void create() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.clbId = this.jdbc.sql(
				"insert into organisation (name, category, clb) values (?, 'ONDERSTEUNING_ONDERWIJS', true) returning id")
			.param("Acties-CLB " + suffix)
			.query(Long.class)
			.single();
		this.schoolId = school("Actieschool " + suffix);
		this.otherSchoolId = school("Andere actieschool " + suffix);
		long template = this.jdbc.sql("select id from plan_template where version = 1").query(Long.class).single();
		this.planId = plan(this.schoolId, 2026, template);
		this.lastYearPlanId = plan(this.schoolId, 2025, template);
		this.otherPlanId = plan(this.otherSchoolId, 2026, template);
		this.school = this.accounts.createAtSchool(PASSWORD, this.schoolId);
		this.otherSchool = this.accounts.createAtSchool(PASSWORD, this.otherSchoolId);
		this.clb = this.accounts.createAtClb(PASSWORD, this.clbId);
	}

	void remove() {
		this.jdbc.sql("delete from prevention_plan where school_id in (?, ?)")
			.params(this.schoolId, this.otherSchoolId)
			.update();
		for (String username : new String[] { this.school, this.otherSchool, this.clb }) {
			this.jdbc.sql("delete from account where username = ?").param(username).update();
		}
		this.jdbc.sql("delete from school where id in (?, ?)").params(this.schoolId, this.otherSchoolId).update();
		this.jdbc.sql("delete from organisation where id = ?").param(this.clbId).update();
	}

	/** The id of the goal with this code in template version 1. */
	long goal(String code) {
		return this.jdbc.sql("""
				select g.id from plan_goal g join plan_template t on t.id = g.template_id
				where t.version = 1 and g.code = ?
				""").param(code).query(Long.class).single();
	}

	/** Inserts an action directly; returns its id. */
	long action(long plan, String code, String what, String dueOn, String status) {
		return this.jdbc.sql("""
				insert into plan_action (plan_id, goal_id, what, due_on, status) values (?, ?, ?, cast(? as date), ?)
				returning id
				""").params(plan, goal(code), what, dueOn, status).query(Long.class).single();
	}

	private long school(String name) {
		return this.jdbc.sql("""
				insert into school (name, level, network, clb_id, postal_code, city)
				values (?, 'BAO', 'GO', ?, '3000', 'Leuven') returning id
				""").params(name, this.clbId).query(Long.class).single();
	}

	private long plan(long school, int year, long template) {
		return this.jdbc
			.sql("insert into prevention_plan (school_id, start_year, template_id) values (?, ?, ?) returning id")
			.params(school, year, template)
			.query(Long.class)
			.single();
	}

	/** A one-page PDF written by PDFBox. */
	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
