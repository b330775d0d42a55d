package be.aanboord.privacy;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The register of processing as the pages show it: each {@link ProcessingActivity} with
 * the columns that hold its data (from the {@link ColumnInventory}) and, when a
 * configuration property sets its retention, the value in force. Built once at start-up;
 * a retention property that cannot be read stops the start with its name.
 */
@Component
public class ProcessingRegister {

	private final List<Entry> entries;

	ProcessingRegister(Environment environment) {
		ColumnInventory inventory = ColumnInventory.read();
		this.entries = Arrays.stream(ProcessingActivity.values())
			.map((activity) -> entry(activity, inventory, environment))
			.toList();
	}

	private static Entry entry(ProcessingActivity activity, ColumnInventory inventory, Environment environment) {
		Retention retention = activity.retention();
		return new Entry(activity, inventory.columnsOf(activity),
				(retention != null) ? retention.value(environment) : null,
				(retention != null) ? retention.amount(environment) : null);
	}

	/** Every entry, in the register's order. */
	public List<Entry> entries() {
		return this.entries;
	}

	/**
	 * An entry of the register as shown.
	 *
	 * @param activity the entry
	 * @param columns the columns holding its data, {@code table.column} (or
	 * {@code table.*})
	 * @param retentionValue the retention property's value in force, as configured
	 * ({@code P12M}), or {@code null} when no property sets it
	 * @param retentionAmount the same as an amount and a unit, or {@code null}
	 */
	public record Entry(ProcessingActivity activity, List<String> columns, String retentionValue,
			Retention.Amount retentionAmount) {

		public String code() {
			return this.activity.name();
		}

	}

}
