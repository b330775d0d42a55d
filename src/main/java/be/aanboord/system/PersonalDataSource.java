package be.aanboord.system;

import java.util.List;

/**
 * A module that holds personal data of the portal's users implements this once, in its
 * own package, as a Spring bean; the privacy module collects every implementation for a
 * user's download of their data (GDPR art. 15 and 20) and for the erasure an
 * administrator carries out (art. 17).
 * <p>
 * Both methods run inside the caller's transaction: {@link #erase} of every source runs
 * in one transaction, so one failure erases nothing. A source touches only its own
 * module's tables.
 */
public interface PersonalDataSource {

	/**
	 * The message code of the section's title ("Trajecten", "Toolbox"); also the key of
	 * the section in the JSON download.
	 */
	String section();

	/**
	 * Everything this module holds about the person, in the order it is to be shown;
	 * empty when nothing.
	 */
	List<PersonalRecord> export(DataSubject subject);

	/**
	 * Deletes or anonymises this module's rows about the person (names and e-mail
	 * addresses replaced by {@link DataSubject#pseudonym()}, or by
	 * {@link DataSubject#roleLabel()} where the law requires keeping the record) and says
	 * how many rows of each kind it changed. Must run inside a transaction; the caller
	 * may roll it back to show what it would change.
	 */
	Erasure erase(DataSubject subject);

}
