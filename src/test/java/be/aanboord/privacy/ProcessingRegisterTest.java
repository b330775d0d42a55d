package be.aanboord.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The register's words and settings: every entry has its texts in Dutch and English, a
 * period to fill in exactly when a property sets its retention, and defaults that agree
 * with application.properties; retention values read as amounts; the inventory's lines
 * parse.
 */
class ProcessingRegisterTest {

	private static final List<String> TEXTS = List.of("", ".data", ".purpose", ".visible", ".retention");

	@Test
	void everyEntryHasItsTextsInBothLanguages() throws IOException {
		Properties dutch = bundle("i18n/privacy.properties");
		Properties english = bundle("i18n/privacy_en.properties");
		List<String> problems = new ArrayList<>();
		for (ProcessingActivity activity : ProcessingActivity.values()) {
			for (String text : TEXTS) {
				String key = "ProcessingActivity." + activity.name() + text;
				for (Properties bundle : List.of(dutch, english)) {
					String message = bundle.getProperty(key);
					if (message == null || message.isBlank()) {
						problems.add(key + " is missing from a bundle");
					}
					else if (text.equals(".retention") && message.contains("{0}") != (activity.retention() != null)) {
						problems.add(key + ((activity.retention() != null) ? " must show the configured period as {0}"
								: " has no configured period to show as {0}"));
					}
				}
			}
		}
		for (LegalBasis basis : LegalBasis.values()) {
			assertThat(dutch.getProperty("LegalBasis." + basis.name())).contains(basis.article());
			assertThat(english.getProperty("LegalBasis." + basis.name())).contains(basis.article());
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void retentionDefaultsAgreeWithTheConfiguration() throws IOException {
		Properties configured = bundle("application.properties");
		assertThat(ProcessingActivity.REGISTRATIONS.retention().property())
			.isEqualTo("aanboord.agenda.registration-retention");
		assertThat(ProcessingActivity.TRAJECTORIES.retention())
			.isEqualTo(Retention.period("aanboord.privacy.trajectory-retention", "P5Y"));
		assertThat(ProcessingActivity.ACCESS_LOG.retention())
			.isEqualTo(Retention.period("aanboord.privacy.access-log-retention", "P5Y"));
		for (ProcessingActivity activity : ProcessingActivity.values()) {
			Retention retention = activity.retention();
			if (retention != null && configured.containsKey(retention.property())) {
				assertThat(retention.defaultValue()).as("the default of %s", retention.property())
					.isEqualTo(configured.getProperty(retention.property()));
			}
		}
	}

	@Test
	void retentionValuesReadInTheUnitTheyAreWrittenIn() {
		MockEnvironment environment = new MockEnvironment().withProperty("a", "P24M")
			.withProperty("b", "P12M")
			.withProperty("c", "7d")
			.withProperty("d", "PT2H")
			.withProperty("e", "90m")
			.withProperty("f", "P1M2D");
		assertThat(Retention.period("a", "P1Y").amount(environment)).isEqualTo(amount(24, Retention.Unit.MONTHS));
		assertThat(Retention.period("b", "P1Y").amount(environment)).isEqualTo(amount(12, Retention.Unit.MONTHS));
		assertThat(Retention.period("c", "P1Y").amount(environment)).isEqualTo(amount(7, Retention.Unit.DAYS));
		assertThat(Retention.period("unset", "P5Y").amount(environment)).isEqualTo(amount(5, Retention.Unit.YEARS));
		assertThat(Retention.period("unset", "P5Y").value(environment)).isEqualTo("P5Y");
		assertThat(Retention.duration("d", "30m").amount(environment)).isEqualTo(amount(2, Retention.Unit.HOURS));
		assertThat(Retention.duration("e", "30m").amount(environment)).isEqualTo(amount(90, Retention.Unit.MINUTES));
		assertThat(Retention.duration("unset", "30m").amount(environment))
			.isEqualTo(amount(30, Retention.Unit.MINUTES));
		assertThatIllegalStateException().isThrownBy(() -> Retention.period("f", "P1Y").amount(environment));
		assertThatIllegalStateException()
			.isThrownBy(() -> Retention.period("x", "P1Y").amount(new MockEnvironment().withProperty("x", "soms")))
			.withMessageContaining("x=soms");
	}

	@Test
	void theInventoryParsesItsLinesAndRefusesAMalformedOne() {
		ColumnInventory inventory = ColumnInventory.parse("""
				# a comment

				account\temail\tACCOUNTS
				flyway_schema_history\t*\t-
				""");
		assertThat(inventory.lines()).extracting(ColumnInventory.Line::qualifiedName)
			.containsExactly("account.email", "flyway_schema_history.*");
		assertThat(inventory.lines().get(0).number()).isEqualTo(3);
		assertThat(inventory.columnsOf(ProcessingActivity.ACCOUNTS)).containsExactly("account.email");
		assertThatIllegalStateException().isThrownBy(() -> ColumnInventory.parse("account email ACCOUNTS"))
			.withMessageContaining("line 1");
		assertThat(ColumnInventory.read().lines()).hasSizeGreaterThan(600);
	}

	private static Retention.Amount amount(long amount, Retention.Unit unit) {
		return new Retention.Amount(amount, unit);
	}

	private static Properties bundle(String location) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
