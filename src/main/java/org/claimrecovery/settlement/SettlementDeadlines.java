package org.claimrecovery.settlement;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.claimrecovery.deadlines.FixedDeadline;
import org.claimrecovery.deadlines.FixedDeadlineSource;
import org.springframework.stereotype.Component;

/**
 * The payment watch's deadline in the case's deadline list: what the payer owes, due by the day fixed when it was
 * decided, met on the day the payments reached it. An IDR award is left out: the rule book lists its deadline
 * (IDR_PAYMENT), which the payment in full meets.
 */
@Component
class SettlementDeadlines implements FixedDeadlineSource {

  static final String SETTLEMENT_PAYMENT = "SETTLEMENT_PAYMENT";

  private final Settlements settlements;

  SettlementDeadlines(Settlements settlements) {
    this.settlements = settlements;
  }

  @Override
  public List<FixedDeadline> fixedDeadlinesOf(String claimId) {
    return settlements.of(claimId).filter(owed -> owed.source().paidInFullEvent() == null)
        .map(owed -> new FixedDeadline(SETTLEMENT_PAYMENT,
            "Payer pays the " + NumberFormat.getCurrencyInstance(Locale.US).format(owed.amount()) + " owed under "
                + owed.source().words() + " of " + owed.decidedOn(),
            owed.dueOn(), owed.dueCitation(), "PAYER", settlements.paidInFullOn(owed).orElse(null)))
        .stream().toList();
  }
}
