package org.claimrecovery.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount the payer owes on a claim: from where, how much, decided when and due by when (the deadline fixed by
 * the rules in force on the day it was decided), and once the case closed what it recovered.
 */
public record ExpectedPayment(String claimId, PaymentSource source, BigDecimal amount, LocalDate decidedOn,
    LocalDate dueOn, BigDecimal recoveredAmount) {}
