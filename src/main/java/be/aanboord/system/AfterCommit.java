package be.aanboord.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must happen after the current transaction commits. */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs the action now and, inside a transaction, once more after it commits: a cache
	 * emptied by a write is then not refilled with what another request read before the
	 * write was visible.
	 */
	public static void nowAndAfterCommit(Runnable action) {
		action.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
	}

}
