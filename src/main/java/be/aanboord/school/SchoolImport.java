package be.aanboord.school;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.aanboord.partner.Organisations;
import be.aanboord.partner.Organisations.OrganisationSummary;
import be.aanboord.system.ControlCharacters;

import org.springframework.stereotype.Component;

/**
 * Reads schools from a CSV file (semicolon-separated, with a header row) and checks every
 * row; {@link SchoolRegister#importFile} saves them only when the file has no errors, all
 * at once. The CLB column names a CLB (an organisation with the CLB flag, any case).
 * Control characters in a cell are dropped as in any form ({@link ControlCharacters}).
 * The reader must report text that is not UTF-8 (a strict decoder) rather than replace
 * it.
 */
@Component
class SchoolImport {

	static final List<String> COLUMNS = List.of("naam", "niveau", "net", "scholengemeenschap", "clb", "straat",
			"postcode", "gemeente");

	/** The longest text each optional column may hold, as in the school table. */
	private static final Map<String, Integer> MAX_LENGTHS = Map.of("scholengemeenschap", 200, "straat", 200, "gemeente",
			100);

	/** A problem with one row (row 1 is the first data row) as a message key. */
	record Problem(long row, String key, String value) {
	}

	/** What an import did: the number of schools saved, or the problems (none saved). */
	record Result(int imported, List<Problem> problems) {
	}

	/** The schools of a file's rows, not yet saved, and the problems of its rows. */
	record Rows(List<School> schools, List<Problem> problems) {
	}

	private final SchoolRepository schools;

	private final Organisations organisations;

	SchoolImport(SchoolRepository schools, Organisations organisations) {
		this.schools = schools;
		this.organisations = organisations;
	}

	/**
	 * Reads and checks the rows; the schools are new and unsaved.
	 * @param csv the file's text, from a strict UTF-8 decoder
	 * @return the schools of the valid rows and every problem (row 0: the whole file)
	 */
	Rows read(Reader csv) throws IOException {
		Map<String, Long> clbs = this.organisations.clbs()
			.stream()
			.collect(Collectors.toMap((o) -> o.name().toLowerCase(Locale.ROOT), OrganisationSummary::id,
					(first, second) -> first));
		List<Problem> problems = new ArrayList<>();
		List<School> valid = new ArrayList<>();
		Set<String> names = new HashSet<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		CSVParser parser;
		try {
			parser = format.parse(withoutByteOrderMark(csv));
		}
		catch (CharacterCodingException notUtf8) {
			return new Rows(List.of(), List.of(new Problem(0, "school.import.notUtf8", null)));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException unreadableHeader) {
			return new Rows(List.of(), List.of(new Problem(0, "school.import.header", String.join(";", COLUMNS))));
		}
		try (parser) {
			if (!parser.getHeaderNames()
				.stream()
				.map((h) -> h.toLowerCase(Locale.ROOT))
				.toList()
				.containsAll(List.of("naam", "niveau", "net"))) {
				problems.add(new Problem(0, "school.import.header", String.join(";", COLUMNS)));
				return new Rows(List.of(), problems);
			}
			for (CSVRecord record : records(parser, problems)) {
				long row = record.getRecordNumber();
				String name = value(record, "naam");
				SchoolLevel level = parse(SchoolLevel.class, value(record, "niveau"));
				EducationNetwork network = parse(EducationNetwork.class, value(record, "net"));
				String clbName = value(record, "clb");
				Long clbId = (clbName != null) ? clbs.get(clbName.toLowerCase(Locale.ROOT)) : null;
				String postalCode = value(record, "postcode");
				int before = problems.size();
				if (name == null) {
					problems.add(new Problem(row, "school.import.nameMissing", null));
				}
				else if (name.length() > 200) {
					problems.add(new Problem(row, "school.import.nameTooLong", null));
				}
				else if (!names.add(name.toLowerCase(Locale.ROOT)) || this.schools.existsByNameIgnoreCase(name)) {
					problems.add(new Problem(row, "school.import.duplicate", name));
				}
				if (level == null) {
					problems.add(new Problem(row, "school.import.level", value(record, "niveau")));
				}
				if (network == null) {
					problems.add(new Problem(row, "school.import.network", value(record, "net")));
				}
				if (clbName != null && clbId == null) {
					problems.add(new Problem(row, "school.import.clb", clbName));
				}
				if (postalCode != null && !postalCode.matches("\\d{4}")) {
					problems.add(new Problem(row, "school.import.postalCode", postalCode));
				}
				MAX_LENGTHS.forEach((column, max) -> {
					String text = value(record, column);
					if (text != null && text.length() > max) {
						problems.add(new Problem(row, "school.import.tooLong", column));
					}
				});
				if (problems.size() == before) {
					School school = new School(name, level, network);
					school.describe(name, level, network, value(record, "scholengemeenschap"), clbId,
							value(record, "straat"), postalCode, value(record, "gemeente"));
					valid.add(school);
				}
			}
		}
		return new Rows(problems.isEmpty() ? valid : List.of(), problems);
	}

	/**
	 * Spreadsheets save "CSV UTF-8" with a byte order mark, which is not part of the
	 * header.
	 */
	private static Reader withoutByteOrderMark(Reader csv) throws IOException {
		BufferedReader reader = new BufferedReader(csv);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/**
	 * The records up to the first one that cannot be read (text that is not UTF-8, a
	 * quote that is never closed), which becomes a problem of its own.
	 */
	private static List<CSVRecord> records(CSVParser parser, List<Problem> problems) {
		List<CSVRecord> records = new ArrayList<>();
		try {
			parser.forEach(records::add);
		}
		catch (UncheckedIOException | IllegalStateException unreadable) {
			boolean notUtf8 = unreadable.getCause() instanceof CharacterCodingException;
			problems.add(new Problem(notUtf8 ? 0 : parser.getRecordNumber() + 1,
					notUtf8 ? "school.import.notUtf8" : "school.import.unreadable", null));
		}
		return records;
	}

	private static String value(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = ControlCharacters.strip(record.get(column));
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.replace("!", "").replace("-", "_").strip())) {
				return constant;
			}
		}
		return null;
	}

}
