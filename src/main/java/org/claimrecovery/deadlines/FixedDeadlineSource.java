package org.claimrecovery.deadlines;

import java.util.List;

/**
 * Where deadlines fixed outside the rule book come from (the payment watch): another feature implements it, so the
 * deadline list shows every deadline the product tracks without this package knowing that feature.
 */
public interface FixedDeadlineSource {

  /** The case's fixed deadlines; empty when it has none (or there is no such case). */
  List<FixedDeadline> fixedDeadlinesOf(String caseId);
}
