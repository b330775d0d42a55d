package be.aanboord.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing the portal holds about a person (a comment, a registration, a session
 * logged): its fields in the order they are shown, label → value. Labels are message
 * codes; values are text as shown, dates and amounts already written with {@link Formats}
 * (Belgian formats), {@code null} values left out.
 *
 * @param fields message code → value, in order
 */
public record PersonalRecord(Map<String, String> fields) {

	public PersonalRecord {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** Starts a record; add fields in the order they are to be shown. */
	public static Builder builder() {
		return new Builder();
	}

	/** Collects the fields of a record in order, leaving out {@code null} values. */
	public static final class Builder {

		private final Map<String, String> fields = new LinkedHashMap<>();

		private Builder() {
		}

		/** Adds a field unless its value is {@code null}. */
		public Builder field(String label, Object value) {
			if (value != null) {
				this.fields.put(label, String.valueOf(value));
			}
			return this;
		}

		public PersonalRecord build() {
			return new PersonalRecord(this.fields);
		}

	}

}
