package se.bygdeportalen.platform.pagecache.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The "public content changed" signal: every change of a module is a use case, and every use case is
 * a read-write {@code @Transactional} method of the application, whose transaction Spring names after
 * it. When one commits, kept pages may be out of date, so all are forgotten. Transactions the
 * framework opens without a name (Spring Session saving a session, a {@code TransactionTemplate})
 * and read-only ones change no page and are left alone.
 */
final class ClearOnCommit implements TransactionExecutionListener {

    static final String APPLICATION_PACKAGE = "se.bygdeportalen.";

    private final PageStore store;

    ClearOnCommit(PageStore store) {
        this.store = store;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (failure == null && changesContent(transaction)) {
            store.clear();
        }
    }

    static boolean changesContent(TransactionExecution transaction) {
        String name = transaction.getTransactionName();
        return transaction.isNewTransaction()
                && !transaction.isNested()
                && !transaction.isReadOnly()
                && name != null
                && name.startsWith(APPLICATION_PACKAGE);
    }
}
