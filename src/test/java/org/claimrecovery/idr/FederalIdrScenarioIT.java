package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.CaseTime;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Federal IDR end to end on PostgreSQL: a failed open negotiation goes to eligibility, initiation in the window,
 * the entity, offers and the determination, through Tasklist (engine REST) and the events API, with the clock
 * moved over the business-day windows. Notice sent Tuesday 2026-06-02: the open negotiation period ends Wednesday
 * 2026-07-15; the initiation window is business days 31 to 34, 2026-07-16 to Tuesday 2026-07-21.
 */
@IntegrationTest
class FederalIdrScenarioIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String PREPARED_NEGOTIATION = """
      {"targetAmount": {"value": 1800.00},
       "justificationGrounds": {"value": "[\\"PATIENT_ACUITY\\"]", "type": "Json"},
       "justification": {"value": "Level 5 emergency visit; the QPA is 900."}}
      """;
  static final String CLEAN_OFFER = """
      {"offerAmount": {"value": 1800.00},
       "offerJustification": {"value": "The QPA is 900; the patient's acuity and our physicians' training justify more."}}
      """;

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CaseProcesses cases;
  @Autowired CaseApi caseApi;

  @BeforeEach
  void startOfJune() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void wonAndPaid() throws Exception {
    var claim = inFederalIdr("IDR-WON");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("FEDERAL_IDR");
    Task prepare = task(claim, "prepareIdrInitiation");
    // due on the window's last day
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 7, 21, 23, 59, 59)));
    assertThat(plain(tasks.getVariable(prepare.getId(), "idrEligibilitySummary"))).contains("Eligible",
        "Inside the initiation window", "2026-07-21");

    assertThat(complete(prepare, CLEAN_OFFER, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    // the Notice of IDR Initiation went to the payer where the open negotiation notice went
    var ledger = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
    assertThat(ledger.findValuesAsText("kind")).contains("IDR_INITIATION_NOTICE");

    assertThat(complete(task(claim, "submitIdrInitiation"),
        "{\"disputeNumber\": {\"value\": \"DISP-1001\"}, \"initiatedOn\": {\"value\": \"2026-07-16\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    // the entity's selection arrives through the API: deadlines count from its date
    moveClockTo(LocalDateTime.of(2026, 7, 21, 10, 0));
    assertThat(event(claim, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"Example Entity A\", "
        + "\"on\": \"2026-07-20\"}").status()).isEqualTo(200);
    moveClockTo(LocalDateTime.of(2026, 7, 28, 10, 0));
    // 10 business days after 2026-07-20: 2026-08-03; the determination 30 business days after: 2026-08-31
    assertThat(deadline(claim, "IDR_OFFER_SUBMISSION").get("dueOn").asText()).isEqualTo("2026-08-03");
    assertThat(deadline(claim, "IDR_DETERMINATION").get("dueOn").asText()).isEqualTo("2026-08-31");

    assertThat(complete(task(claim, "recordOfferSubmission"), "{\"submittedOn\": {\"value\": \"2026-07-28\"}, "
        + "\"offerAmount\": {\"value\": 1800.00}, \"feesPaid\": {\"value\": 15.00}}", SPECIALIST).status())
        .isEqualTo(204);
    moveClockTo(LocalDateTime.of(2026, 8, 25, 10, 0));
    assertThat(event(claim, "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PROVIDER\", "
        + "\"amount\": 1800.00, \"on\": \"2026-08-24\"}").status()).isEqualTo(200);

    // PHS Act 2799A-1(c)(6): paid within 30 calendar days of the determination
    assertThat(deadline(claim, "IDR_PAYMENT").get("dueOn").asText()).isEqualTo("2026-09-23");
    assertThat(deadline(claim, "COOLING_OFF_END").get("dueOn").asText()).isEqualTo("2026-11-22");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
    var dispute = api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body();
    assertThat(dispute.get("result").asText()).isEqualTo("WON");
    assertThat(dispute.get("disputeNumber").asText()).isEqualTo("DISP-1001");
    assertThat(dispute.get("feesPaid").decimalValue()).isEqualByComparingTo("15.00");

    moveClockTo(LocalDateTime.of(2026, 9, 10, 10, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-09-10\", \"amount\": 1800.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("IDR_WON");
    // the claim says how its dispute ended: mechanism, result, award, what it recovered above the initial
    // payment of 600, the fees and the date
    var outcome = closed.get("disputeOutcome");
    assertThat(outcome.get("mechanism").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(outcome.get("result").asText()).isEqualTo("WON");
    assertThat(outcome.get("amount").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(outcome.get("recoveredAmount").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(outcome.get("feesPaid").decimalValue()).isEqualByComparingTo("15.00");
    assertThat(outcome.get("decidedOn").asText()).isEqualTo("2026-08-24");
    assertThat(outcome.get("reference").asText()).isEqualTo("DISP-1001");
    // the award's payment is the rule book's IDR_PAYMENT, met by the payment (listed once, not as SETTLEMENT_PAYMENT)
    assertThat(deadline(claim, "IDR_PAYMENT").get("status").asText()).isEqualTo("MET");
    assertThat(deadline(claim, "IDR_PAYMENT").get("metOn").asText()).isEqualTo("2026-09-10");
    var deadlines = api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body();
    assertThat(deadlines.findValuesAsText("code")).doesNotContain("SETTLEMENT_PAYMENT");
    // a closed case shows no open deadline; the cooling-off period, which bars disputes on other claims, is in force
    assertThat(deadlines.findValuesAsText("status")).doesNotContain("OPEN");
    assertThat(deadline(claim, "COOLING_OFF_END").get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(deadline(claim, "COOLING_OFF_END").get("statusReason").asText())
        .isEqualTo("runs on after the case closed on 2026-09-10 (IDR_WON)");
  }

  @Test
  void anUnpaidAwardGoesToAComplaintWhileThePaymentIsWatchedAndThePaymentEndsBoth() {
    var claim = initiated("IDR-UNPAID");
    entitySelectedAndOffersSubmitted(claim);
    moveClockTo(LocalDateTime.of(2026, 8, 25, 10, 0));
    assertThat(event(claim, "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PROVIDER\", "
        + "\"amount\": 1700.00, \"on\": \"2026-08-24\"}").status()).isEqualTo(200);

    // IDR_PAYMENT was due 2026-09-23
    moveClockTo(LocalDateTime.of(2026, 9, 24, 9, 0));
    runJobs(claim);
    Task enforce = task(claim, "followUpMissedSettlementPayment");
    assertThat(enforce).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(enforce.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("billing-supervisors"));
    assertThat(complete(enforce, "{\"settlementFollowUpNote\": {\"value\": \"Wrote to the plan on 09-24\"}, "
        + "\"missedPaymentNextStep\": {\"value\": \"COMPLAIN\"}}", SUPERVISOR).status()).isEqualTo(204);

    // the complaint runs beside the payment watch: the case still waits for the award
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId))
        .containsExactlyInAnyOrder("awaitSettlementPayment", "regulatorComplaint");
    assertThat(claim(claim).get("stage").asText()).isEqualTo("AWAITING_SETTLEMENT_PAYMENT");
    var complaint = api.get(AUDITOR, "/api/claims/" + claim.id + "/complaint").body();
    assertThat(complaint.get("regulatorId").asText()).isEqualTo("CMS_NO_SURPRISES");
    assertThat(complaint.get("cause").asText()).isEqualTo("UNPAID_AMOUNT");
    assertThat(complete(task(claim, "prepareComplaint"), "{\"complaintGrounds\": {\"value\": \"The plan has not "
        + "paid the IDR entity's determination of 2026-08-24.\"}}", SPECIALIST).status()).isEqualTo(204);
    caseApi.upload(claim.id, "CORRESPONDENCE");
    assertThat(complete(task(claim, "gatherDocuments"), "{}", SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    moveClockTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    var filed = event(claim, "{\"type\": \"COMPLAINT_FILED\", \"on\": \"2026-09-28\", "
        + "\"reference\": \"NSA-2026-5521\"}");
    assertThat(filed.status()).as(filed.raw().body()).isEqualTo(200);
    assertThat(filed.body().get("responseDueOn").asText()).isEqualTo("2026-11-27");

    // the payer pays: the case closes with the award and the open complaint is withdrawn
    moveClockTo(LocalDateTime.of(2026, 10, 5, 10, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-10-05\", \"amount\": 1700.00}").status()).isEqualTo(200);
    runJobs(claim);
    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("IDR_WON");
    assertThat(closed.get("disputeOutcome").get("mechanism").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(deadline(claim, "IDR_PAYMENT").get("status").asText()).isEqualTo("MISSED");
    assertThat(deadline(claim, "IDR_PAYMENT").get("metOn").asText()).isEqualTo("2026-10-05");
    var withdrawn = api.get(AUDITOR, "/api/claims/" + claim.id + "/complaint").body();
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.get("note").asText()).contains("tell the regulator");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(claim.id).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(claim.id).count()).isZero();
  }

  @Test
  void lostClosesTheCaseAndItsCoolingOffPeriodHoldsTheSameItemBackUntilItEnds() {
    // a payer of their own, so that other tests' determinations bar nothing here
    var claim = initiated("IDR-LOST", ofOtherPayer(Claims.nsaClaim("IDR-LOST", "2026-06-01")));
    // the same provider's claim against the same payer for the same code, its notice sent 2026-07-16: its period
    // ends 2026-08-26 and its initiation window runs 2026-08-27 to 2026-09-01
    var barred = noticeSent("IDR-BARRED", ofOtherPayer(Claims.nsaClaim("IDR-BARRED", "2026-07-10")));
    entitySelectedAndOffersSubmitted(claim);
    moveClockTo(LocalDateTime.of(2026, 8, 25, 10, 0));

    assertThat(event(claim, "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PAYER\", "
        + "\"amount\": 950.00, \"on\": \"2026-08-24\"}").status()).isEqualTo(200);

    var closed = claim(claim);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("IDR_LOST");
    assertThat(closed.get("disputeOutcome").get("result").asText()).isEqualTo("LOST");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(claim.processInstanceId).count()).isZero();
    assertThat(deadline(claim, "COOLING_OFF_END").get("dueOn").asText()).isEqualTo("2026-11-22");
    assertThat(deadline(claim, "COOLING_OFF_END").get("status").asText()).isEqualTo("IN_FORCE");
    // the product watches no payment of a lost case
    assertThat(deadline(claim, "IDR_PAYMENT").get("status").asText()).isEqualTo("NOT_APPLICABLE");

    // that claim reaches federal IDR after the determination: held, not dropped, until the cooling-off period ends
    moveClockTo(LocalDateTime.of(2026, 8, 27, 9, 0));
    runJobs(barred);
    assertThat(runtime.getActiveActivityIds(idrOf(barred))).containsExactly("coolingOffPeriodEnded");
    assertThat(plain(runtime.getVariable(idrOf(barred), "idrEligibilitySummary")))
        .contains("Held by a cooling-off period until 2026-11-22", "IDR-LOST", "149.510(c)(4)(vi)");
    assertThat(claim(barred).get("status").asText()).isEqualTo("OPEN");

    // then its own window: 30 business days from Monday 2026-11-23, past Thanksgiving, Christmas and New Year's Day
    moveClockTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    runJobs(barred);
    Task prepare = task(barred, "prepareIdrInitiation");
    assertThat(prepare.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2027, 1, 6, 23, 59, 59)));
    assertThat(deadline(barred, "COOLING_OFF_INITIATION").get("dueOn").asText()).isEqualTo("2027-01-06");
    assertThat(plain(tasks.getVariable(prepare.getId(), "idrEligibilitySummary"))).contains("Eligible",
        "initiate by 2027-01-06", "cooling-off period that held this claim back ended on 2026-11-22");
    // an initiation dated inside the period it was held in is a typing error
    var early = event(barred, "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"DISP-B\", \"on\": \"2026-11-20\"}");
    assertThat(early.status()).isEqualTo(400);
    assertThat(event(barred, "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"DISP-B\", \"on\": \"2026-11-23\"}")
        .status()).isEqualTo(200);
    assertThat(deadline(barred, "COOLING_OFF_INITIATION").get("status").asText()).isEqualTo("MET");
  }

  @Test
  void settledDuringIdrIsReportedAndWatchedForPayment() {
    var claim = initiated("IDR-SETTLED");
    moveClockTo(LocalDateTime.of(2026, 7, 27, 10, 0));

    assertThat(event(claim, "{\"type\": \"IDR_SETTLED\", \"amount\": 1500.00, \"on\": \"2026-07-27\"}").status())
        .isEqualTo(200);
    // 45 CFR 149.510(c)(2)(ii): reported within 3 business days after the agreement
    Task report = task(claim, "reportIdrSettlement");
    assertThat(report.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 7, 30, 23, 59, 59)));
    assertThat(complete(report, "{\"reportedOn\": {\"value\": \"2026-07-28\"}}", SPECIALIST).status())
        .isEqualTo(204);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body().get("result").asText())
        .isEqualTo("SETTLED");
    // what the payer owes is a deadline of the case, dated by the house rule for settlements
    var payment = deadline(claim, "SETTLEMENT_PAYMENT");
    assertThat(payment.get("title").asText())
        .isEqualTo("Payer pays the $1,500.00 owed under the settlement reached during IDR of 2026-07-27");
    assertThat(payment.get("dueOn").asText()).isEqualTo("2026-08-26");
    assertThat(payment.get("binds").asText()).isEqualTo("PAYER");
    assertThat(payment.get("status").asText()).isEqualTo("OPEN");
    assertThat(payment.get("citation").asText()).startsWith("settlement payment: contract term");
  }

  @Test
  void aMissedWindowIsIneligibleAndGoesToSupervisors() {
    var claim = inFederalIdr("IDR-LATE");
    // nobody prepares the initiation; the window closes at the start of 2026-07-22
    moveClockTo(LocalDateTime.of(2026, 7, 21, 9, 0));
    runJobs(claim);
    assertThat(task(claim, "alertIdrInitiationAtRisk")).isNotNull();
    moveClockTo(LocalDateTime.of(2026, 7, 22, 9, 0));
    runJobs(claim);

    Task review = task(claim, "reviewIneligibleDispute");
    assertThat(plain(tasks.getVariable(review.getId(), "idrEligibilitySummary")))
        .contains("the window closed on 2026-07-21");
    assertThat(complete(review, "{\"ineligibleNote\": {\"value\": \"Preparation was not finished in time.\"}}",
        SUPERVISOR).status()).isEqualTo(204);

    var closed = claim(claim);
    assertThat(closed.get("outcome").asText()).isEqualTo("IDR_INELIGIBLE");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body().get("ineligibleReasons").asText())
        .contains("window closed", "Preparation was not finished in time.");
  }

  @Test
  void aDisputeWithoutOpenNegotiationIsIneligible() {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("IDR-NO-NOTICE", "2026-06-01"));
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"DISPUTE\"}}",
        SPECIALIST).status()).isEqualTo(204);

    Task review = task(claim, "reviewIneligibleDispute");
    assertThat(plain(tasks.getVariable(review.getId(), "idrEligibilitySummary")))
        .contains("no open negotiation notice was sent");
  }

  @Test
  void aJustificationCitingBilledChargesIsFlaggedAndOnlyASupervisorMayFileIt() {
    var claim = inFederalIdr("IDR-BILLED");
    String billed = """
        {"offerAmount": {"value": 2400.00},
         "offerJustification": {"value": "Our billed charges are 2,400 and the usual and customary rate is higher."}}
        """;

    var refused = complete(task(claim, "prepareIdrInitiation"), billed, SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("billed charges", "2799A-1(c)(5)(D)");
    assertThat(task(claim, "prepareIdrInitiation")).isNotNull();

    String overridden = billed.strip().substring(0, billed.strip().length() - 1)
        + ", \"overrideReason\": {\"value\": \"The charges are cited as context; counsel reviewed the offer.\"}}";
    assertThat(complete(task(claim, "prepareIdrInitiation"), overridden, SPECIALIST).status()).isEqualTo(400);
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + task(claim, "prepareIdrInitiation").getId()
        + "/assignee", "{\"userId\": \"supervisor\"}").status()).isEqualTo(204);
    assertThat(complete(task(claim, "prepareIdrInitiation"), overridden, SUPERVISOR).status()).isEqualTo(204);
    var dispute = api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body();
    assertThat(dispute.get("overrideReason").asText()).contains("counsel reviewed");
  }

  @Test
  void batchedClaimsAreFiledAsOneDisputeAndEachGetsItsShareWhileARefusedClaimIsNamedWithItsRule() throws Exception {
    // a payer of their own, so that no other test's determination starts a cooling-off period here
    var lead = noticeSent("IDR-BATCH-1", ofPayer(Claims.nsaClaim("IDR-BATCH-1", "2026-06-01"), "batchpay"));
    var member = noticeSent("IDR-BATCH-2", ofPayer(Claims.nsaClaim("IDR-BATCH-2", "2026-06-01"), "batchpay"));
    var otherTin = noticeSent("IDR-BATCH-3", ofPayer(Claims.nsaClaim("IDR-BATCH-3", "2026-06-01"), "batchpay")
        .replace("\"tin\": \"12-3456789\"", "\"tin\": \"98-7654321\""));
    moveClockTo(LocalDateTime.of(2026, 7, 16, 9, 0));
    runJobs(lead);
    runJobs(member);
    runJobs(otherTin);

    // a claim under another provider TIN may not join: the refusal names it and the rule; nothing is recorded
    String withBoth = CLEAN_OFFER.strip().substring(0, CLEAN_OFFER.strip().length() - 1)
        + ", \"batchClaimNumbers\": {\"value\": \"IDR-BATCH-2, IDR-BATCH-3\"}}";
    var refused = complete(task(lead, "prepareIdrInitiation"), withBoth, SPECIALIST);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("Claim IDR-BATCH-3 cannot join",
        "provider TIN 987654321", "149.510(c)(3)(i)(A)").doesNotContain("IDR-BATCH-2 cannot join");
    assertThat(task(lead, "prepareIdrInitiation")).isNotNull();
    assertThat(api.get(AUDITOR, "/api/claims/" + lead.id + "/dispute").status()).isEqualTo(404);

    // the lead names the claim that may join, then waits until that claim's own offer is prepared
    String withMember = CLEAN_OFFER.strip().substring(0, CLEAN_OFFER.strip().length() - 1)
        + ", \"batchClaimNumbers\": {\"value\": \"IDR-BATCH-2\"}}";
    assertThat(complete(task(lead, "prepareIdrInitiation"), withMember, SPECIALIST).status()).isEqualTo(204);
    runJobs(lead);
    assertThat(runtime.getActiveActivityIds(idrOf(lead))).containsExactly("awaitBatchedClaims");
    String memberOffer = CLEAN_OFFER.replace("1800.00", "1200.00");
    assertThat(complete(task(member, "prepareIdrInitiation"), memberOffer, SPECIALIST).status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(idrOf(member))).containsExactly("awaitBatchDecision");
    runJobs(lead);

    // one notice lists both claims, each with its own offer
    var notice = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).startsWith("Notice of IDR Initiation, claims IDR-BATCH-1")).findFirst()
        .orElseThrow(() -> new AssertionError("no notice of IDR initiation for the batch"));
    assertThat(subject(notice)).isEqualTo("Notice of IDR Initiation, claims IDR-BATCH-1, IDR-BATCH-2 "
        + "(one batched dispute)");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(notice)).contains("IDR-BATCH-1, 99285: $1,800.00",
        "IDR-BATCH-2, 99285: $1,200.00", "Total: $3,000.00");

    // the lead files for both: the member's dispute and deadlines follow, and its facts are refused on it
    assertThat(complete(task(lead, "submitIdrInitiation"),
        "{\"disputeNumber\": {\"value\": \"DISP-B1\"}, \"initiatedOn\": {\"value\": \"2026-07-16\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    var memberDispute = api.get(AUDITOR, "/api/claims/" + member.id + "/dispute").body();
    assertThat(memberDispute.get("disputeNumber").asText()).isEqualTo("DISP-B1");
    assertThat(memberDispute.get("status").asText()).isEqualTo("INITIATED");
    assertThat(memberDispute.get("batchLeadClaimId").asText()).isEqualTo(lead.id);
    assertThat(deadline(member, "IDRE_SELECTION").get("dueOn").asText()).isEqualTo("2026-07-21");
    var onMember = event(member, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"Example Entity A\", "
        + "\"on\": \"2026-07-16\"}");
    assertThat(onMember.status()).isEqualTo(409);
    assertThat(onMember.body().get("detail").asText()).contains("batch that claim IDR-BATCH-1 leads");

    entitySelectedAndOffersSubmitted(lead);
    moveClockTo(LocalDateTime.of(2026, 8, 25, 10, 0));
    // our offers prevailed: the batch's award is each claim's own offer
    assertThat(event(lead, "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PROVIDER\", "
        + "\"amount\": 3000.00, \"on\": \"2026-08-24\"}").status()).isEqualTo(200);

    assertThat(api.get(AUDITOR, "/api/claims/" + lead.id + "/dispute").body().get("decidedAmount").decimalValue())
        .isEqualByComparingTo("1800.00");
    assertThat(api.get(AUDITOR, "/api/claims/" + member.id + "/dispute").body().get("decidedAmount").decimalValue())
        .isEqualByComparingTo("1200.00");
    for (var claim : java.util.List.of(lead, member)) {
      assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
      assertThat(deadline(claim, "IDR_PAYMENT").get("dueOn").asText()).isEqualTo("2026-09-23");
      assertThat(deadline(claim, "COOLING_OFF_END").get("dueOn").asText()).isEqualTo("2026-11-22");
    }
    assertThat(api.get(AUDITOR, "/api/claims/" + member.id + "/settlement").body().toString()).contains("1200");
  }

  @Test
  void noEntityAfterTheDepartmentsDayAsksSupervisorsAndTheDepartmentsSelectionIsRecorded() {
    // initiated Thursday 2026-07-16: IDRE_SELECTION ends 2026-07-21, IDRE_DEPARTMENT_SELECTION 2026-07-24
    var claim = initiated("IDR-NO-ENTITY");
    Task record = task(claim, "recordEntitySelection");
    assertThat(record.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 7, 21, 23, 59, 59)));

    moveClockTo(LocalDateTime.of(2026, 7, 24, 18, 0));
    runJobs(claim);
    assertThat(task(claim, "askDepartmentsForEntity")).as("not before the Departments' last day is over").isNull();

    moveClockTo(LocalDateTime.of(2026, 7, 25, 9, 0));
    runJobs(claim);
    Task ask = task(claim, "askDepartmentsForEntity");
    assertThat(ask).isNotNull();
    assertThat(ask.getName()).isEqualTo("Entity not selected: ask the Departments");
    assertThat(tasks.getIdentityLinksForTask(ask.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("billing-supervisors"));
    assertThat(plain(tasks.getVariableLocal(ask.getId(), "idrDates"))).contains(
        "Jointly select the certified IDR entity (or object to the proposed one) | July 21, 2026",
        "Departments select the IDR entity when the parties did not | July 24, 2026 | missed");
    // the recording stays open, still due when the parties' window ended
    assertThat(task(claim, "recordEntitySelection").getDueDate()).isEqualTo(record.getDueDate());

    var selected = event(claim, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"EXAMPLE_ENTITY_A\", "
        + "\"on\": \"2026-07-24\", \"selectedBy\": \"DEPARTMENTS\", \"payerObjectedOn\": \"2026-07-20\"}");
    assertThat(selected.status()).as(selected.raw().body()).isEqualTo(200);
    var dispute = api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body();
    assertThat(dispute.get("selectedBy").asText()).isEqualTo("DEPARTMENTS");
    assertThat(dispute.get("payerObjectedOn").asText()).isEqualTo("2026-07-20");
    assertThat(task(claim, "recordOfferSubmission")).isNotNull();

    assertThat(event(claim, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"X\", \"on\": \"2026-07-24\", "
        + "\"selectedBy\": \"PAYER\"}").status()).isEqualTo(400);
  }

  @Test
  void theEntitysSelectionInTasklistDefaultsToTheParties() {
    var claim = initiated("IDR-PARTIES");
    moveClockTo(LocalDateTime.of(2026, 7, 21, 10, 0));
    assertThat(complete(task(claim, "recordEntitySelection"), "{\"idrEntity\": {\"value\": \"EXAMPLE_ENTITY_B\"}, "
        + "\"selectedOn\": {\"value\": \"2026-07-20\"}, \"payerObjectedOn\": {\"value\": \"2026-07-17\"}}",
        SPECIALIST).status()).isEqualTo(204);

    var dispute = api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body();
    assertThat(dispute.get("selectedBy").asText()).isEqualTo("PARTIES");
    assertThat(dispute.get("payerObjectedOn").asText()).isEqualTo("2026-07-17");
  }

  @Test
  void theOfferShowsTheFeesDueAndSupervisorsHearBeforeTheOfferDeadline() {
    var claim = initiated("IDR-OFFERS");
    moveClockTo(LocalDateTime.of(2026, 7, 21, 10, 0));
    assertThat(event(claim, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"EXAMPLE_ENTITY_A\", "
        + "\"on\": \"2026-07-20\"}").status()).isEqualTo(200);

    // initiated 2026-07-16: the administrative fee of CMS-9897-F; the entity's single-dispute fee
    Task offer = task(claim, "recordOfferSubmission");
    assertThat(plain(tasks.getVariableLocal(offer.getId(), "idrFeesDue"))).contains(
        "**Administrative fee** $15.00 for a dispute initiated July 16, 2026 (CMS-9897-F",
        "**Certified IDR entity fee** $395.00, EXAMPLE_ENTITY_A, single dispute");

    // IDR_OFFER_SUBMISSION ends 2026-08-03; the escalation day comes the rule book's business days before it
    moveClockTo(LocalDateTime.of(2026, 7, 24, 18, 0));
    runJobs(claim);
    assertThat(task(claim, "alertOffersNotRecorded")).as("not a week and more before the deadline").isNull();
    moveClockTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    runJobs(claim);
    Task alert = task(claim, "alertOffersNotRecorded");
    assertThat(alert).isNotNull();
    assertThat(alert.getName()).isEqualTo("Offer or fees not recorded: submit before the deadline");
    assertThat(alert.getDueDate()).isEqualTo(CaseTime.at(LocalDateTime.of(2026, 8, 3, 23, 59, 59)));
    assertThat(plain(tasks.getVariableLocal(alert.getId(), "idrFeesDue"))).contains("$15.00", "$395.00");
    assertThat(task(claim, "recordOfferSubmission")).isNotNull();
  }

  @Test
  void anEntityWithoutAConfiguredFeeSaysSoAndALateDeterminationSendsSupervisorsToThePortal() {
    var claim = initiated("IDR-LATE-DECISION");
    moveClockTo(LocalDateTime.of(2026, 7, 28, 10, 0));
    assertThat(complete(task(claim, "recordEntitySelection"),
        "{\"idrEntity\": {\"value\": \"Example Entity A\"}, \"selectedOn\": {\"value\": \"2026-07-20\"}}",
        SPECIALIST).status()).isEqualTo(204);
    Task offer = task(claim, "recordOfferSubmission");
    assertThat(plain(tasks.getVariableLocal(offer.getId(), "idrFeesDue")))
        .contains("**Certified IDR entity fee** not configured for Example Entity A");
    assertThat(complete(offer, "{\"submittedOn\": {\"value\": \"2026-07-28\"}, "
        + "\"offerAmount\": {\"value\": 1800.00}, \"feesPaid\": {\"value\": 15.00}}", SPECIALIST).status())
        .isEqualTo(204);

    // IDR_DETERMINATION ends 2026-08-31
    moveClockTo(LocalDateTime.of(2026, 8, 31, 18, 0));
    runJobs(claim);
    assertThat(task(claim, "checkOverdueDetermination")).isNull();
    moveClockTo(LocalDateTime.of(2026, 9, 1, 9, 0));
    runJobs(claim);
    Task check = task(claim, "checkOverdueDetermination");
    assertThat(check).isNotNull();
    assertThat(check.getName()).isEqualTo("Determination overdue: check the portal");
    assertThat(plain(tasks.getVariableLocal(check.getId(), "idrDates"))).contains("IDR entity issues its payment determination | August 31, 2026");
    assertThat(complete(check, "{\"portalChecked\": {\"value\": true}}", SUPERVISOR).status()).isEqualTo(204);
    assertThat(task(claim, "recordDetermination")).isNotNull();
  }

  @Test
  void whenThePayerPrevailsWeOweTheEntitysFee() {
    var claim = initiated("IDR-FEE-OWED", Claims.nsaClaim("IDR-FEE-OWED", "2026-06-01")
        .replace("\"id\": \"acme\", \"name\": \"Acme Health Plan\"", "\"id\": \"feepay\", \"name\": \"Feepay Health\""));
    moveClockTo(LocalDateTime.of(2026, 7, 28, 10, 0));
    assertThat(event(claim, "{\"type\": \"IDR_ENTITY_SELECTED\", \"entity\": \"EXAMPLE_ENTITY_A\", "
        + "\"on\": \"2026-07-20\"}").status()).isEqualTo(200);
    assertThat(event(claim, "{\"type\": \"IDR_OFFERS_SUBMITTED\", \"on\": \"2026-07-28\", "
        + "\"offerAmount\": 1800.00, \"feesPaid\": 410.00}").status()).isEqualTo(200);
    moveClockTo(LocalDateTime.of(2026, 8, 25, 10, 0));

    assertThat(event(claim, "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PAYER\", "
        + "\"amount\": 950.00, \"on\": \"2026-08-24\"}").status()).isEqualTo(200);

    var dispute = api.get(AUDITOR, "/api/claims/" + claim.id + "/dispute").body();
    assertThat(dispute.get("result").asText()).isEqualTo("LOST");
    assertThat(dispute.get("entityFeeOwed").decimalValue()).isEqualByComparingTo("395.00");
    assertThat(claim(claim).get("disputeOutcome").get("entityFeeOwed").decimalValue()).isEqualByComparingTo("395.00");
  }

  @Test
  void eventsThatDoNotFitAreRefusedWithTheReason() {
    var notInIdr = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("IDR-EVENTS", "2026-06-01"));
    String id = notInIdr.body().get("id").asText();

    assertThat(api.post(INTEGRATION, "/api/claims/" + id + "/events",
        "{\"type\": \"IDR_DETERMINATION\", \"prevailingParty\": \"PROVIDER\", \"amount\": 10, \"on\": \"2026-06-01\"}")
        .status()).isEqualTo(409);
    var unknown = api.post(INTEGRATION, "/api/claims/" + id + "/events", "{\"type\": \"IDR_WON\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().toString()).contains("IDR_INITIATED");
    var incomplete = api.post(INTEGRATION, "/api/claims/" + id + "/events",
        "{\"type\": \"IDR_INITIATED\", \"on\": \"2026-12-31\"}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().findValuesAsText("field")).containsExactlyInAnyOrder("on", "disputeNumber");
    assertThat(api.post(AUDITOR, "/api/claims/" + id + "/events",
        "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"D\", \"on\": \"2026-06-01\"}").status()).isEqualTo(403);
  }

  record Case(String id, String processInstanceId) {}

  /** A claim whose open negotiation failed on 2026-07-16: federal IDR waits for the initiation's preparation. */
  private Case inFederalIdr(String claimNumber) {
    return inFederalIdrOn(claimNumber, LocalDateTime.of(2026, 7, 16, 9, 0));
  }

  private Case inFederalIdrOn(String claimNumber, LocalDateTime periodEnded) {
    var claim = noticeSent(claimNumber, Claims.nsaClaim(claimNumber, "2026-06-01"));
    moveClockTo(periodEnded);
    runJobs(claim);
    return claim;
  }

  private static String ofPayer(String json, String payerId) {
    return json.replace("\"id\": \"acme\", \"name\": \"Acme Health Plan\"",
        "\"id\": \"" + payerId + "\", \"name\": \"Acme Health Plan\"");
  }

  /** The federalIdr process the claim's case called. */
  private String idrOf(Case claim) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(claim.processInstanceId).singleResult().getId();
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String ofOtherPayer(String json) {
    return json.replace("\"id\": \"acme\", \"name\": \"Acme Health Plan\"",
        "\"id\": \"coolpay\", \"name\": \"Coolpay Health\"");
  }

  /** A claim whose open negotiation notice goes out by e-mail today. */
  private Case noticeSent(String claimNumber, String json) {
    var created = api.post(INTEGRATION, "/api/claims", json);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    assertThat(complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"NEGOTIATE\"}}",
        SPECIALIST).status()).isEqualTo(204);
    var uploaded = api.upload(INTEGRATION, "/api/claims/" + claim.id + "/documents", "file", "itemized-bill.pdf",
        TestFiles.pdf(1), Map.of("type", "ITEMIZED_BILL"));
    assertThat(uploaded.status()).isEqualTo(201);
    assertThat(complete(task(claim, "prepareNegotiation"), PREPARED_NEGOTIATION, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    return claim;
  }

  /** Initiated on 2026-07-16 through the API. */
  private Case initiated(String claimNumber) {
    return initiated(claimNumber, Claims.nsaClaim(claimNumber, "2026-06-01"));
  }

  private Case initiated(String claimNumber, String json) {
    var claim = noticeSent(claimNumber, json);
    moveClockTo(LocalDateTime.of(2026, 7, 16, 9, 0));
    runJobs(claim);
    assertThat(complete(task(claim, "prepareIdrInitiation"), CLEAN_OFFER, SPECIALIST).status()).isEqualTo(204);
    runJobs(claim);
    var initiated = event(claim, "{\"type\": \"IDR_INITIATED\", \"disputeNumber\": \"DISP-" + claimNumber
        + "\", \"on\": \"2026-07-16\"}");
    assertThat(initiated.status()).as(initiated.raw().body()).isEqualTo(200);
    return claim;
  }

  /** The entity selected on 2026-07-20, our offer and fees submitted on 2026-07-28, both recorded in Tasklist. */
  private void entitySelectedAndOffersSubmitted(Case claim) {
    moveClockTo(LocalDateTime.of(2026, 7, 28, 10, 0));
    assertThat(complete(task(claim, "recordEntitySelection"),
        "{\"idrEntity\": {\"value\": \"Example Entity A\"}, \"selectedOn\": {\"value\": \"2026-07-20\"}}", SPECIALIST)
        .status()).isEqualTo(204);
    assertThat(complete(task(claim, "recordOfferSubmission"), "{\"submittedOn\": {\"value\": \"2026-07-28\"}, "
        + "\"offerAmount\": {\"value\": 1800.00}, \"feesPaid\": {\"value\": 15.00}}", SPECIALIST).status())
        .isEqualTo(204);
  }

  /** A task form's Markdown summary as its reader sees it: without the escapes. */
  private static String plain(Object markdown) {
    return ((String) markdown).replace("\\", "");
  }

  private Api.Response event(Case claim, String json) {
    return caseApi.event(claim.id, json);
  }

  private JsonNode claim(Case claim) {
    return caseApi.claim(claim.id);
  }

  private JsonNode deadline(Case claim, String code) {
    return caseApi.deadline(claim.id, code);
  }

  private Task task(Case claim, String key) {
    return cases.task(claim.processInstanceId, key);
  }

  private Api.Response complete(Task task, String variables, String user) {
    return caseApi.complete(task, variables, user);
  }

  private void runJobs(Case claim) {
    cases.runDueJobs(claim.processInstanceId);
  }
}
