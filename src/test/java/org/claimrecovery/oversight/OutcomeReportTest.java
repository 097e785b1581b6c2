package org.claimrecovery.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimrecovery.oversight.OutcomeReport.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every outcome a feature closes a case with counts once, in its mechanism, as what it was. */
class OutcomeReportTest {

  @ParameterizedTest(name = "{0} (amount owed by {1}) is {3} in {2}")
  @CsvSource(nullValues = "-", value = {
      "INITIAL_PAYMENT_ACCEPTED, -, NONE, ACCEPTED",
      "SETTLED, NEGOTIATED_SETTLEMENT, NEGOTIATION, WON",
      "IDR_WON, IDR_AWARD, FEDERAL_IDR, WON",
      "IDR_SETTLED, IDR_SETTLEMENT, FEDERAL_IDR, WON",
      "IDR_LOST, -, FEDERAL_IDR, LOST",
      "IDR_INELIGIBLE, -, FEDERAL_IDR, LOST",
      "APPEAL_WON, APPEAL_DECISION, INTERNAL_APPEAL, WON",
      "APPEAL_MISSED, -, INTERNAL_APPEAL, MISSED",
      "EXTERNAL_REVIEW_WON, EXTERNAL_REVIEW_DECISION, EXTERNAL_REVIEW, WON",
      "EXTERNAL_REVIEW_LOST, -, EXTERNAL_REVIEW, LOST",
      "EXTERNAL_REVIEW_MISSED, -, EXTERNAL_REVIEW, MISSED",
      "STATE_DISPUTE_WON, STATE_DISPUTE_AWARD, STATE_DISPUTE, WON",
      "STATE_DISPUTE_SETTLED, STATE_DISPUTE_SETTLEMENT, STATE_DISPUTE, WON",
      "STATE_DISPUTE_LOST, -, STATE_DISPUTE, LOST",
      "STATE_DISPUTE_MISSED, -, STATE_DISPUTE, MISSED",
      "COMPLAINT_WON, REGULATOR_COMPLAINT, REGULATOR_COMPLAINT, WON",
      "COMPLAINT_RESOLVED, -, REGULATOR_COMPLAINT, WON",
      "COMPLAINT_NOT_JUSTIFIED, -, REGULATOR_COMPLAINT, LOST"})
  void eachRecordedOutcomeCountsInItsMechanismAsWhatItWas(String outcome, String owedBy, String mechanism,
      Result result) {
    assertThat(OutcomeReport.mechanism(outcome)).isEqualTo(mechanism);
    assertThat(OutcomeReport.result(outcome, owedBy)).isEqualTo(result);
  }
}
