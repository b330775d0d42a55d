package be.aanboord.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The column inventory, {@code privacy/columns.tsv}: every column of the schema with its
 * classification, {@code -} (no personal data) or the code of a
 * {@link ProcessingActivity}. Read once; the file's header says how columns are
 * classified.
 *
 * @param lines the classified columns in the file's order
 */
public record ColumnInventory(List<Line> lines) {

	/** The classification of a column that holds no personal data. */
	public static final String NOT_PERSONAL = "-";

	/** The column name of a line that covers every column of its table. */
	public static final String EVERY_COLUMN = "*";

	static final String LOCATION = "privacy/columns.tsv";

	/**
	 * Reads {@code privacy/columns.tsv} from the class path.
	 * @throws IllegalStateException when a line has not three fields separated by tabs
	 */
	public static ColumnInventory read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ColumnInventory parse(String text) {
		List<Line> lines = new ArrayList<>();
		int number = 0;
		for (String line : text.split("\\R", -1)) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
				throw new IllegalStateException(
						LOCATION + " line " + number + ": expected table<TAB>column<TAB>classification: " + line);
			}
			lines.add(new Line(number, fields[0].strip(), fields[1].strip(), fields[2].strip()));
		}
		return new ColumnInventory(List.copyOf(lines));
	}

	/** The columns classified under an entry, as {@code table.column}, in file order. */
	public List<String> columnsOf(ProcessingActivity activity) {
		return this.lines.stream()
			.filter((line) -> line.classification().equals(activity.name()))
			.map(Line::qualifiedName)
			.toList();
	}

	/**
	 * One line of the inventory.
	 *
	 * @param number the line's number in the file, from 1
	 * @param table the table's name
	 * @param column the column's name, or {@code *} for every column of the table
	 * @param classification {@code -} or an entry's code
	 */
	public record Line(int number, String table, String column, String classification) {

		public String qualifiedName() {
			return this.table + "." + this.column;
		}

		public boolean personal() {
			return !NOT_PERSONAL.equals(this.classification);
		}

	}

}
