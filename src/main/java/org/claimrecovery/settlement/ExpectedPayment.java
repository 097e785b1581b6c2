package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount the payer owes on a claim: from where, how much, decided when and due by when (the deadline fixed by
 * the rules in force on the day it was decided, and the citation of that rule), and once the case closed what it
 * recovered.
 *
 * @param dueCitation the rule the due date was fixed by, e.g. PHS Act 2799A-1(c)(6) for an IDR award
 */
public record ExpectedPayment(String claimId, PaymentSource source, BigDecimal amount, LocalDate decidedOn,
    LocalDate dueOn, String dueCitation, BigDecimal recoveredAmount) {}
