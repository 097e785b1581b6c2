package org.claimrecovery.appeal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One level of a claim's internal appeal as it stands.
 *
 * @param levels        how many levels the plan has (rules/appeals.yaml, fixed when the appeal began)
 * @param filingDueOn   the last day to file this level: INTERNAL_APPEAL_FILING for the first, the plan's time after
 *                      the first level's decision for the second
 * @param decisionDueOn the last day for the payer's decision, fixed when the level was filed
 * @param note          who held the filing when it was missed, or a person's note on the level
 */
public record AppealLevel(String claimId, int level, int levels, Status status, String grounds, String evidence,
    LocalDate filingDueOn, LocalDate filedOn, LocalDate decisionDueOn, Decision decision, BigDecimal decidedAmount,
    LocalDate decidedOn, String note) {

  public enum Status { PREPARING, FILED, DECIDED, MISSED }

  /**
   * What the payer decided. NO_DECISION: it let its decision deadline pass, so the appeal counts as exhausted
   * (29 CFR 2560.503-1(l)).
   */
  public enum Decision { OVERTURNED, PARTIALLY_OVERTURNED, UPHELD, NO_DECISION }

  public boolean lastLevel() {
    return level >= levels;
  }
}
