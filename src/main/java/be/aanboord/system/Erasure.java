package be.aanboord.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link PersonalDataSource} erased for a person: per kind of row (a message code
 * that takes the count as {@code {0}}, e.g. "{0} reacties geanonimiseerd") the number of
 * rows deleted or anonymised. Kinds with zero rows may be left out.
 *
 * @param counts message code → number of rows, in order
 */
public record Erasure(Map<String, Integer> counts) {

	public Erasure {
		counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	/** Starts an erasure's counts. */
	public static Builder builder() {
		return new Builder();
	}

	/** The rows in all kinds together. */
	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Collects counts in order. */
	public static final class Builder {

		private final Map<String, Integer> counts = new LinkedHashMap<>();

		private Builder() {
		}

		/** Adds a count (added to an earlier one of the same code). */
		public Builder count(String code, int rows) {
			this.counts.merge(code, rows, Integer::sum);
			return this;
		}

		public Erasure build() {
			return new Erasure(this.counts);
		}

	}

}
