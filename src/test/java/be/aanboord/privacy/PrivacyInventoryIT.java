package be.aanboord.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column inventory ({@code privacy/columns.tsv}) against the migrated test database:
 * every column of every table of the schema is classified, as not personal or under an
 * entry of the register of processing, so that a new column with personal data cannot
 * slip in unnoticed; no line names a column that is gone or an entry that does not exist;
 * no column could hold a pupil's name, birth date or national register number; and every
 * entry of the register covers at least one column (or says why not).
 * <p>
 * Views show columns of these tables only, so base tables are read; materialized views
 * (the toolbox's word list) are not in {@code information_schema.columns}.
 */
@IntegrationTest
class PrivacyInventoryIT {

	/**
	 * Tables whose columns one line may cover with {@code *}: written by libraries, not
	 * designed by the portal, without personal data (Flyway's history names the database
	 * user; ShedLock names the host holding a lock).
	 */
	private static final Set<String> WHOLE_TABLES = Set.of("flyway_schema_history", "shedlock");

	/** Words of a table or column name that point at pupils, children or minors. */
	private static final Set<String> PUPIL_WORDS = Set.of("pupil", "pupils", "leerling", "leerlingen", "scholier",
			"scholieren", "student", "students", "kind", "kinderen", "child", "children", "jongere", "jongeren",
			"youth", "minor", "minors", "minderjarige", "minderjarigen");

	/** Words of a column name that point at a person's name. */
	private static final Set<String> NAME_WORDS = Set.of("name", "names", "naam", "namen", "username", "firstname",
			"lastname", "surname", "fullname", "voornaam", "achternaam", "familienaam", "author", "coach", "speaker",
			"speakers", "contact", "who");

	/**
	 * Parts of a column name that point at a birth date or a national register number.
	 */
	private static final List<String> IDENTITY_PARTS = List.of("birth", "geboorte", "geboren", "rijksregister",
			"national_register", "nationalregister", "insz", "ssin");

	/** Whole words of a column name that do the same. */
	private static final Set<String> IDENTITY_WORDS = Set.of("dob", "nrn", "rrn", "bsn");

	/**
	 * Columns whose name looks like a name and that may exist, with why: an adult's name
	 * (then the column must be classified under an entry of the register) or no person's
	 * name at all (then it must be classified as not personal). A pupil's name is never
	 * on this list.
	 */
	private static final Map<String, Allowed> NAME_COLUMNS = Map.ofEntries(
			entry("account.username", adult("a user's sign-in name; users are staff of the lab and its partners")),
			entry("account.display_name", adult("a user's name")),
			entry("activity_registration.name", adult("a registrant for a learning lab or study day: professionals")),
			entry("activity_programme_item.speakers", adult("the speakers of an activity")),
			entry("budget_comment.author", adult("a city official or the lab's staff commenting on the advice")),
			entry("fiche_comment.author", adult("a contributor or editor of the toolbox")),
			entry("help_card_line.contact_person", adult("a school's contact at an organisation")),
			entry("help_card_offer.contact_person", adult("a school's contact at an organisation")),
			entry("network_participant.full_name", adult("staff of a member school in a learning network")),
			entry("person.full_name", adult("staff of a partner organisation taking part in the lab")),
			entry("plan_action.who", adult("who carries out a prevention plan's action: roles or staff names")),
			entry("plan_comment.author_name", adult("the CLB worker who commented")),
			entry("revinfo.username", adult("the user who changed a trajectory")),
			entry("spring_session.principal_name", adult("the signed-in user's username")),
			entry("trajectory.coach", adult("the bridge coach, staff of the executing partner")),
			entry("trajectory_aud.coach", adult("the bridge coach, in the trajectory's history")),
			entry("trajectory.logged_by_name", adult("the user who entered the trajectory")),
			entry("trajectory_session.logged_by_name", adult("the user who logged the session")),
			entry("trajectory_session_change.username", adult("the user who corrected or removed a session")),
			entry("trajectory_access_log.username", adult("the user who opened a pupil-level trajectory")),
			entry("activity_document.file_name", notAPerson("a document's file name")),
			entry("fiche_attachment.original_name", notAPerson("an attachment's file name")),
			entry("fiche_attachment.stored_name", notAPerson("a generated storage key")),
			entry("attachment_content.stored_name", notAPerson("a generated storage key")),
			entry("plan_attachment.file_name", notAPerson("a document's file name")),
			entry("help_card.school_name", notAPerson("a school's name")),
			entry("help_card_line.name", notAPerson("an organisation or service on a school's card")),
			entry("help_offer.name", notAPerson("a help offer's name")),
			entry("municipality.name", notAPerson("a municipality")),
			entry("organisation.name", notAPerson("an organisation")), entry("project.name", notAPerson("a project")),
			entry("school.name", notAPerson("a school")),
			entry("spring_session_attributes.attribute_name", notAPerson("the key of a session attribute")),
			entry("shedlock.name", notAPerson("the name of a scheduled job's lock")));

	/**
	 * Entries of the register that hold no column of the database, with why (data kept
	 * only in memory, for instance). None today.
	 */
	private static final Map<ProcessingActivity, String> WITHOUT_COLUMNS = new EnumMap<>(ProcessingActivity.class);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessingRegister register;

	private final ColumnInventory inventory = ColumnInventory.read();

	@Test
	void everyColumnOfTheSchemaIsClassifiedOnce() {
		assertThat(unclassified(schema())).as("columns of the schema and their classification").isEmpty();
	}

	@Test
	void everyLineNamesAColumnThatExistsAndAKnownEntry() {
		assertThat(staleLines(schema())).as("lines of the inventory").isEmpty();
	}

	@Test
	void noColumnCouldHoldAPupilsNameBirthDateOrNationalRegisterNumber() {
		Map<String, Set<String>> schema = schema();
		assertThat(identityProblems(schema))
			.as("columns that could hold a pupil's identity, or a name without a reason")
			.isEmpty();
		assertThat(NAME_COLUMNS.keySet()).as("NAME_COLUMNS lists only columns that exist")
			.allSatisfy((column) -> assertThat(schema.getOrDefault(column.substring(0, column.indexOf('.')), Set.of()))
				.contains(column.substring(column.indexOf('.') + 1)));
	}

	@Test
	void everyEntryOfTheRegisterCoversAColumnOrSaysWhyNot() {
		List<String> problems = new ArrayList<>();
		for (ProcessingRegister.Entry entry : this.register.entries()) {
			boolean reason = WITHOUT_COLUMNS.containsKey(entry.activity());
			if (entry.columns().isEmpty() && !reason) {
				problems.add(entry.code() + " covers no column; classify its columns, or say in WITHOUT_COLUMNS why "
						+ "it has none");
			}
			if (!entry.columns().isEmpty() && reason) {
				problems.add(entry.code() + " covers columns but is listed in WITHOUT_COLUMNS");
			}
			assertThat(entry.columns()).isEqualTo(this.inventory.columnsOf(entry.activity()));
		}
		assertThat(problems).as("entries of the register").isEmpty();
	}

	/**
	 * The checks name what slipped in: the schema as it is, with a pupils' table, a birth
	 * date, a national register number and an unclassified column added and a classified
	 * column gone.
	 */
	@Test
	void theChecksNameEveryColumnThatSlipsIn() {
		Map<String, Set<String>> schema = schema();
		schema.put("leerling", new TreeSet<>(Set.of("id", "voornaam")));
		schema.get("trajectory").addAll(Set.of("pupil_name", "birth_date"));
		schema.get("account").addAll(Set.of("rijksregisternummer", "nickname_hint", "partner_name"));
		schema.get("newsletter_subscriber").remove("email");
		assertThat(unclassified(schema)).anySatisfy((problem) -> assertThat(problem).startsWith("leerling.voornaam "))
			.anySatisfy((problem) -> assertThat(problem).startsWith("account.nickname_hint "))
			.hasSize(7);
		assertThat(staleLines(schema)).singleElement()
			.satisfies((problem) -> assertThat(problem).contains("newsletter_subscriber.email")
				.contains("no longer exists"));
		assertThat(identityProblems(schema)).hasSize(5)
			.anySatisfy((problem) -> assertThat(problem).startsWith("leerling.voornaam could hold a pupil's name"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("trajectory.pupil_name could hold a pupil's name"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("trajectory.birth_date looks like a birth date"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("account.rijksregisternummer looks like"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("account.partner_name could hold a person's name"));
	}

	private List<String> unclassified(Map<String, Set<String>> schema) {
		List<String> problems = new ArrayList<>();
		schema.forEach((table, columns) -> {
			for (String column : columns) {
				List<ColumnInventory.Line> lines = linesFor(table, column);
				if (lines.isEmpty()) {
					problems.add(table + "." + column + " is not classified: add a line to " + ColumnInventory.LOCATION
							+ " (\"-\" or the register entry that covers it)");
				}
				else if (lines.size() > 1) {
					problems.add(table + "." + column + " is classified on several lines: "
							+ lines.stream().map(ColumnInventory.Line::number).toList());
				}
			}
		});
		return problems;
	}

	private List<String> staleLines(Map<String, Set<String>> schema) {
		Set<String> codes = new TreeSet<>(Arrays.stream(ProcessingActivity.values()).map(Enum::name).toList());
		List<String> problems = new ArrayList<>();
		for (ColumnInventory.Line line : this.inventory.lines()) {
			String where = ColumnInventory.LOCATION + " line " + line.number() + " (" + line.qualifiedName() + "): ";
			Set<String> columns = schema.get(line.table());
			if (columns == null) {
				problems.add(where + "the table no longer exists");
			}
			else if (line.column().equals(ColumnInventory.EVERY_COLUMN)) {
				if (!WHOLE_TABLES.contains(line.table()) || line.personal()) {
					problems.add(where + "\"*\" is only for the tables " + WHOLE_TABLES
							+ ", as not personal; list this table's columns one by one");
				}
			}
			else if (!columns.contains(line.column())) {
				problems.add(where + "the column no longer exists");
			}
			if (line.personal() && !codes.contains(line.classification())) {
				problems.add(where + "\"" + line.classification() + "\" is no entry of the register " + codes);
			}
		}
		return problems;
	}

	private List<String> identityProblems(Map<String, Set<String>> schema) {
		List<String> problems = new ArrayList<>();
		schema.forEach((table, columns) -> {
			for (String column : columns) {
				String name = table + "." + column;
				String lower = column.toLowerCase(Locale.ROOT);
				List<String> words = Arrays.asList(lower.split("_"));
				if (IDENTITY_PARTS.stream().anyMatch(lower::contains)
						|| words.stream().anyMatch(IDENTITY_WORDS::contains)) {
					problems.add(name + " looks like a birth date or a national register number, which the portal "
							+ "never stores");
					continue;
				}
				boolean nameLike = !lower.endsWith("_id") && words.stream().anyMatch(NAME_WORDS::contains);
				if (!nameLike) {
					continue;
				}
				boolean aboutPupils = words.stream().anyMatch(PUPIL_WORDS::contains)
						|| Arrays.stream(table.split("_")).anyMatch(PUPIL_WORDS::contains);
				Allowed allowed = NAME_COLUMNS.get(name);
				if (aboutPupils) {
					problems.add(name + " could hold a pupil's name, which the portal never stores");
				}
				else if (allowed == null) {
					problems.add(name + " could hold a person's name: rename it, or add it to NAME_COLUMNS with why "
							+ "it holds an adult's name (classified under a register entry) or no person's name");
				}
				else {
					boolean personal = linesFor(table, column).stream().anyMatch(ColumnInventory.Line::personal);
					if (allowed.adult() && !personal) {
						problems.add(name + " holds an adult's name (" + allowed.why()
								+ ") and must be classified under an entry of the register");
					}
				}
			}
		});
		return problems;
	}

	/** The base tables of the schema and their columns. */
	private Map<String, Set<String>> schema() {
		Map<String, Set<String>> schema = new TreeMap<>();
		this.jdbc.query("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				order by c.table_name, c.ordinal_position""", (row) -> {
			schema.computeIfAbsent(row.getString(1), (table) -> new TreeSet<>()).add(row.getString(2));
		});
		assertThat(schema).as("the migrated schema").containsKeys("account", "trajectory", "flyway_schema_history");
		return schema;
	}

	private List<ColumnInventory.Line> linesFor(String table, String column) {
		return this.inventory.lines()
			.stream()
			.filter((line) -> line.table().equals(table)
					&& (line.column().equals(column) || line.column().equals(ColumnInventory.EVERY_COLUMN)))
			.toList();
	}

	private static Allowed adult(String why) {
		return new Allowed(true, why);
	}

	private static Allowed notAPerson(String why) {
		return new Allowed(false, why);
	}

	/** Why a name-like column may exist, and whether it holds an adult's name. */
	private record Allowed(boolean adult, String why) {

	}

}
