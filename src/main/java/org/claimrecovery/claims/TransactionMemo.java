package org.claimrecovery.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers reads for the rest of the current transaction only: starting a case computes several due
 * dates from the same facts. Nothing outlives the transaction, so every node of a cluster still reads
 * the database afresh.
 */
final class TransactionMemo {

  private final Object key = new Object();

  @SuppressWarnings("unchecked")
  <T> T get(String entry, Supplier<T> read) {
    Map<String, Object> memo = memo();
    if (memo == null) {
      return read.get();
    }
    if (!memo.containsKey(entry)) {
      memo.put(entry, read.get());
    }
    return (T) memo.get(entry);
  }

  /** Forgets entries starting with the prefix, after a write that changes them. */
  void forget(String prefix) {
    Map<String, Object> memo = memo();
    if (memo != null) {
      memo.keySet().removeIf(entry -> entry.startsWith(prefix));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> memo() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    var memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(key);
    if (memo == null) {
      var fresh = new HashMap<String, Object>();
      TransactionSynchronizationManager.bindResource(key, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
      memo = fresh;
    }
    return memo;
  }
}
