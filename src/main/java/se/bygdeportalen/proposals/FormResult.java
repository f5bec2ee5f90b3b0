package se.bygdeportalen.proposals;

import org.springframework.transaction.interceptor.TransactionAspectSupport;

import se.bygdeportalen.platform.files.FileRejectedException;

/**
 * What a form use case did: the proposal's id and, for routes without sign-in, a token for the next
 * page; or the HTTP status of the refusal (400, or the file rule's 413/415/422), with the field errors
 * in the binding result and the transaction marked for rollback, so nothing is half-stored.
 */
record FormResult(long id, int status, String token) {

    static FormResult ok(long id) {
        return new FormResult(id, 200, null);
    }

    static FormResult ok(long id, String token) {
        return new FormResult(id, 200, token);
    }

    /** Refused: rolls the current transaction back. */
    static FormResult refused(FileRejectedException file) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new FormResult(-1, file == null ? 400 : file.getStatusCode().value(), null);
    }

    boolean ok() {
        return status == 200;
    }
}
