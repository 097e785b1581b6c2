package org.claimrecovery.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.CaseTime.at;
import static org.claimrecovery.support.CaseTime.moveClockTo;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.claimrecovery.documents.TestFiles;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The negotiation stage end to end: API, engine REST, the e-mails in GreenMail and the moved clock. */
@IntegrationTest
class NegotiationScenarioIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final String PREPARED = """
      {"targetAmount": {"value": 1800.00},
       "justificationGrounds": {"value": "[\\"PATIENT_ACUITY\\", \\"PAYMENT_BELOW_MARKET\\"]", "type": "Json"},
       "justification": {"value": "Level 5 emergency visit; the QPA is 900 and the market median 1,900."}}
      """;

  @Autowired Api api;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CaseProcesses cases;

  @BeforeEach
  void startOfJune() {
    moveClockTo(LocalDateTime.of(2026, 6, 2, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNegotiationWithoutSettlementFailsWhenThePeriodEndsAndTheCaseGoesToFederalIdr() throws Exception {
    var claim = negotiate("NEG-FAIL");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText()).isEqualTo("NEGOTIATION");

    // nothing prepared: refused with the reasons in words, the task stays with its person, nothing leaves
    Task prepare = task(claim, "prepareNegotiation");
    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + prepare.getId() + "/claim",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);
    var refused = complete(prepare, "{}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("The notice cannot be sent yet",
        "reimbursement target", "justification", "itemized bill").doesNotContain("ITEMIZED_BILL", "targetAmount");
    Task again = task(claim, "prepareNegotiation");
    assertThat(again.getId()).isEqualTo(prepare.getId());
    assertThat(again.getAssignee()).isEqualTo("specialist");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body()).isEmpty();

    // a target and a justification, but still no itemized bill
    refused = complete(again, PREPARED);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("itemized bill").doesNotContain("reimbursement target");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    // the form opens as the case is now, its own fields empty: the bill uploaded since shows at once
    assertThat(formVariable(again, "preparationSummary")).contains("none");
    uploadItemizedBill(claim);
    assertThat(formVariable(again, "preparationSummary")).contains("Itemized bill").doesNotContain("- none");
    assertThat(formVariables(again).has("targetAmount")).isFalse();

    // nothing waits for a payer response before the notice is out
    assertThat(payerResponse(claim, "COUNTEROFFER", "1000.00", "2026-06-02").status()).isEqualTo(409);

    assertThat(complete(again, PREPARED).status()).isEqualTo(204);
    runJobs(claim);

    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(1);
    assertThat(sent[0].getAllRecipients()).extracting(Object::toString).containsExactly("claims@acme.example");
    assertThat(sent[0].getSubject()).isEqualTo("Open Negotiation Notice, claim NEG-FAIL");
    assertThat(attachment(sent[0], "open-negotiation-notice-NEG-FAIL.pdf")).startsWith("%PDF".getBytes());
    // a paper copy free of charge on request, with whom to ask (45 CFR 149.510(b)(1)(ii)(B)), and a signature
    assertThat(plainText(sent[0]).replaceAll("\\s+", " ")).contains(
        "If you would like a paper copy of this notice, ask us and we will send one free of charge: "
            + "Riverside Emergency Physicians, billing@provider.test, (555) 010-0000, 1 Test Way, Tampa, FL 33602.",
        "Jordan Reyes, Revenue Cycle Manager");
    // the ledger says why the payer may get it by e-mail: the address it named itself (149.510(b)(1)(ii)(A))
    var notice = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().get(0);
    assertThat(notice.get("kind").asText()).isEqualTo("OPEN_NEGOTIATION_NOTICE");
    assertThat(notice.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(notice.get("deliveryBasis").asText()).isEqualTo(
        "the payer's own designation: the e-mail address it named as its contact on claim NEG-FAIL");
    // the notice names the claim's provider, describes the item, and is signed
    try (var pdf = Loader.loadPDF(attachment(sent[0], "open-negotiation-notice-NEG-FAIL.pdf"))) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
          "Riverside Emergency Physicians (NPI 1234567893, TIN 12-3456789) initiates open negotiation",
          "Description of the item or service Emergency service, service code 99285",
          "Signed for the initiating party by Jordan Reyes", "paper copy");
    }

    // notice sent Tuesday 2026-06-02 = day 1; 30 business days skip Juneteenth and the observed July 4th
    var periodEnd = deadline(claim, "OPEN_NEGOTIATION_PERIOD_END");
    assertThat(periodEnd.get("dueOn").asText()).isEqualTo("2026-07-15");
    assertThat(deadline(claim, "OPEN_NEGOTIATION_INITIATION").get("status").asText()).isEqualTo("MET");
    // Tasklist's "Next deadline" column of the negotiation's tasks moves on to the period's end, shown as its day
    var negotiationInstance = runtime.createProcessInstanceQuery().superProcessInstanceId(claim.processInstanceId)
        .singleResult();
    assertThat(runtime.getVariable(negotiationInstance.getId(), "nextDeadline")).isEqualTo("2026-07-15");
    var opened = negotiation(claim);
    assertThat(opened.get("status").asText()).isEqualTo("OPEN");
    assertThat(opened.get("openedOn").asText()).isEqualTo("2026-06-02");
    assertThat(opened.get("channel").asText()).isEqualTo("EMAIL");

    // the payer counters
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payer-responses",
        "{\"amount\": -5, \"note\": \"" + "x".repeat(2001) + "\"}").body()
        .findValuesAsText("field")).contains("responseType", "amount", "receivedOn", "note");
    moveClockTo(LocalDateTime.of(2026, 6, 10, 11, 0));
    var countered = payerResponse(claim, "COUNTEROFFER", "1000.00", "2026-06-10");
    assertThat(countered.status()).as(countered.raw().body()).isEqualTo(200);
    assertThat(countered.body().get("rounds").findValuesAsText("kind")).containsExactly("OFFER", "COUNTEROFFER");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findValuesAsText("kind"))
        .contains("PAYER_COUNTEROFFER");

    Task evaluate = task(claim, "evaluatePayerResponse");
    assertThat((String) tasks.getVariable(evaluate.getId(), "payerResponseSummary")).contains("counteroffer", "$1,000.00");
    assertThat(complete(evaluate, "{\"negotiationDecision\": {\"value\": \"COUNTER\"}}").status()).isEqualTo(400);
    assertThat(complete(evaluate,
        "{\"negotiationDecision\": {\"value\": \"COUNTER\"}, \"counterAmount\": {\"value\": 1500.00}}").status())
        .isEqualTo(204);
    runJobs(claim);

    sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(2);
    assertThat(sent[1].getSubject()).isEqualTo("Counteroffer 1, claim NEG-FAIL");
    var afterCounter = negotiation(claim);
    assertThat(afterCounter.get("rounds").findValuesAsText("kind")).containsExactly("OFFER", "COUNTEROFFER",
        "COUNTEROFFER");
    assertThat(afterCounter.get("rounds").findValuesAsText("party")).containsExactly("PROVIDER", "PAYER", "PROVIDER");
    // who entered each: the preparer's target, the integration that reported the payer's answer, who countered
    assertThat(afterCounter.get("rounds").findValuesAsText("enteredBy"))
        .containsExactly(SPECIALIST, INTEGRATION, SPECIALIST);
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findValuesAsText("round"))
        .contains("1");
    assertThat(runtime.getActiveActivityIds(subProcess(claim).getId())).containsExactlyInAnyOrder("payerResponded",
        "recordPayerResponse");

    // the payer counters again: the second evaluation opens empty, not with the first round's counteroffer
    moveClockTo(LocalDateTime.of(2026, 6, 20, 11, 0));
    assertThat(payerResponse(claim, "COUNTEROFFER", "1200.00", "2026-06-20").status()).isEqualTo(200);
    Task second = task(claim, "evaluatePayerResponse");
    assertThat(tasks.getVariable(second.getId(), "negotiationDecision")).as("the engine keeps round 1's decision")
        .isEqualTo("COUNTER");
    assertThat(formVariables(second).has("negotiationDecision")).isFalse();
    assertThat(formVariables(second).has("counterAmount")).isFalse();
    // it shows every round with its money, the period's end and what settling would do, in words
    assertThat(formVariable(second, "caseHeadline")).contains("**Claim** NEG\\-FAIL");
    assertThat(formVariable(second, "payerResponseSummary")).contains(
        "June 10, 2026: the payer, counteroffer of $1,000.00", "we, counteroffer of $1,500.00",
        "June 20, 2026: the payer, counteroffer of $1,200.00", "The open negotiation period ends",
        "*Settle*: at $1,200.00 — the payer's counteroffer of June 20, 2026");

    // the period ends (timer at the start of the day after 2026-07-15): on to federal IDR
    moveClockTo(LocalDateTime.of(2026, 7, 16, 9, 0));
    runJobs(claim);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("federalIdr");
    var failed = negotiation(claim);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("outcomeReason").asText()).isEqualTo("OPEN_NEGOTIATION_PERIOD_ENDED");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("FEDERAL_IDR");
    assertThat(runtime.getVariable(claim.processInstanceId, "negotiationResult")).isEqualTo("FAILED");
  }

  @Test
  void thePeriodsEndInterruptsAnEvaluationStillOpenSoTheCaseReachesTheIdrWindow() {
    var claim = openNegotiation("NEG-EVALUATING");
    moveClockTo(LocalDateTime.of(2026, 7, 14, 11, 0));
    assertThat(payerResponse(claim, "COUNTEROFFER", "1000.00", "2026-07-14").status()).isEqualTo(200);
    // notice sent 2026-06-02: the period's last day is 2026-07-15, and so is the evaluation's due date
    Task evaluate = task(claim, "evaluatePayerResponse");
    assertThat(evaluate.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 7, 15, 23, 59, 59)));

    // nobody decides; the period ends at the start of 2026-07-16
    moveClockTo(LocalDateTime.of(2026, 7, 16, 9, 0));
    runJobs(claim);

    assertThat(task(claim, "evaluatePayerResponse")).isNull();
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("federalIdr");
    // in time: the initiation window runs until 2026-07-21
    assertThat(task(claim, "prepareIdrInitiation")).isNotNull();
    var failed = negotiation(claim);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("outcomeReason").asText()).isEqualTo("OPEN_NEGOTIATION_PERIOD_ENDED");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("FEDERAL_IDR");
  }

  @Test
  void aSettledNegotiationIsPaidAndClosesWithItsRecoveredAmount() {
    var claim = openNegotiation("NEG-SETTLE");
    moveClockTo(LocalDateTime.of(2026, 6, 5, 11, 0));
    assertThat(payerResponse(claim, "ACCEPTED", null, "2026-06-05").status()).isEqualTo(200);
    assertThat(complete(task(claim, "evaluatePayerResponse"), "{\"negotiationDecision\": {\"value\": \"SETTLE\"}}")
        .status()).isEqualTo(204);
    runJobs(claim);

    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
    assertThat(runtime.getVariable(claim.processInstanceId, "negotiationResult")).isEqualTo("SETTLED");
    assertThat(runtime.getVariable(claim.processInstanceId, "agreedAmount")).isEqualTo(1800.0);
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("AWAITING_SETTLEMENT_PAYMENT");

    moveClockTo(LocalDateTime.of(2026, 6, 20, 11, 0));
    var paid = api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-06-19\", \"amount\": 1800.00}");
    assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
    // paid in full: the answer says what the case closes with, nothing is still owed
    assertThat(paid.body().get("recoveredAmount").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(paid.body().get("stillOwed").decimalValue()).isEqualByComparingTo("0");
    runJobs(claim);

    var closed = api.get(AUDITOR, "/api/claims/" + claim.id).body();
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("SETTLED");
    var settled = negotiation(claim);
    assertThat(settled.get("status").asText()).isEqualTo("SETTLED");
    assertThat(settled.get("agreedAmount").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(settled.get("paidAmount").decimalValue()).isEqualByComparingTo("1800.00");
    // 1,800 paid on the settlement minus the 600 initial payment
    assertThat(settled.get("recoveredAmount").decimalValue()).isEqualByComparingTo("1200.00");
    // the payment watch keeps what was owed, by when (30 calendar days after settling), and what came of it
    var settlement = api.get(AUDITOR, "/api/claims/" + claim.id + "/settlement").body();
    assertThat(settlement.get("source").asText()).isEqualTo("NEGOTIATED_SETTLEMENT");
    assertThat(settlement.get("amount").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(settlement.get("decidedOn").asText()).isEqualTo("2026-06-05");
    assertThat(settlement.get("dueOn").asText()).isEqualTo("2026-07-05");
    assertThat(settlement.get("paidAmount").decimalValue()).isEqualByComparingTo("1800.00");
    assertThat(settlement.get("recoveredAmount").decimalValue()).isEqualByComparingTo("1200.00");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(claim.processInstanceId).count()).isZero();
    assertThat(api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-06-19\", \"amount\": 10.00}").status()).isEqualTo(409);

    // the payment watch's deadline is listed with the case's: met on the day of the payment
    var payment = deadline(claim, "SETTLEMENT_PAYMENT");
    assertThat(payment.get("title").asText())
        .isEqualTo("Payer pays the $1,800.00 owed under the negotiated settlement of 2026-06-05");
    assertThat(payment.get("dueOn").asText()).isEqualTo("2026-07-05");
    assertThat(payment.get("status").asText()).isEqualTo("MET");
    assertThat(payment.get("metOn").asText()).isEqualTo("2026-06-19");
    assertThat(payment.get("citation").asText()).startsWith("settlement payment: contract term, default 30 days");

    // the settled case binds nobody to its open negotiation period or an IDR window, now or after they would end
    moveClockTo(LocalDateTime.of(2026, 8, 3, 9, 0));
    var deadlines = api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body();
    assertThat(deadlines.findValuesAsText("status")).isNotEmpty().doesNotContain("OPEN");
    assertThat(deadline(claim, "OPEN_NEGOTIATION_PERIOD_END").get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(deadline(claim, "IDR_INITIATION").get("status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(deadline(claim, "IDR_INITIATION").get("statusReason").asText())
        .isEqualTo("the case closed on 2026-06-20 (SETTLED)");
  }

  @Test
  void aSettlementPaymentPastItsDeadlineGivesSupervisorsATask() {
    var claim = openNegotiation("NEG-UNPAID");
    assertThat(payerResponse(claim, "COUNTEROFFER", "1400.00", "2026-06-02").status()).isEqualTo(200);
    // answered the day the notice went out: the ledger lists the notice first, as it happened
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findValuesAsText("kind"))
        .containsExactly("OPEN_NEGOTIATION_NOTICE", "PAYER_COUNTEROFFER");
    assertThat(complete(task(claim, "evaluatePayerResponse"), "{\"negotiationDecision\": {\"value\": \"SETTLE\"}}")
        .status()).isEqualTo(204);
    runJobs(claim);
    assertThat(negotiation(claim).get("agreedAmount").decimalValue()).isEqualByComparingTo("1400.00");

    // settled 2026-06-02 + 30 calendar days = 2026-07-02; the timer fires at the start of 07-03
    moveClockTo(LocalDateTime.of(2026, 7, 2, 12, 0));
    runJobs(claim);
    assertThat(task(claim, "followUpMissedSettlementPayment")).isNull();
    moveClockTo(LocalDateTime.of(2026, 7, 3, 9, 0));
    runJobs(claim);

    Task followUp = task(claim, "followUpMissedSettlementPayment");
    assertThat(followUp).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting("groupId")
        .containsExactly("billing-supervisors");
    assertThat((String) tasks.getVariable(followUp.getId(), "settlementSummary")).contains("$1,400.00", "July 2, 2026");
    assertThat(deadline(claim, "SETTLEMENT_PAYMENT").get("status").asText()).isEqualTo("MISSED");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).contains("awaitSettlementPayment");

    // a part of it arrives late: the answer says what is still owed, and nothing is recovered yet
    var partly = api.post(INTEGRATION, "/api/claims/" + claim.id + "/payments",
        "{\"receivedOn\": \"2026-07-03\", \"amount\": 1000.00}");
    assertThat(partly.status()).as(partly.raw().body()).isEqualTo(200);
    assertThat(partly.body().get("paidAmount").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(partly.body().get("stillOwed").decimalValue()).isEqualByComparingTo("400.00");
    assertThat(partly.body().has("recoveredAmount")).isFalse();
  }

  @Test
  void aPayerWithoutEmailGetsTheNoticeThroughTheOutboxAndTheDispatchDateOpensThePeriod() {
    var claim = negotiate("NEG-MAIL", Claims.nsaClaim("NEG-MAIL", "2026-06-01")
        .replace("\"email\": \"claims@acme.example\",", ""));
    uploadItemizedBill(claim);
    assertThat(complete(task(claim, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(claim);

    assertThat(smtp.getReceivedMessages()).isEmpty();
    var outbox = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
    assertThat(outbox.findValuesAsText("deliveryStatus")).containsExactly("AWAITING_DISPATCH");
    assertThat(outbox.findValuesAsText("recipient")).containsExactly("PO Box 1, Hartford, CT 06101");
    assertThat(negotiation(claim).get("status").asText()).isEqualTo("PREPARING");
    assertThat(deadline(claim, "OPEN_NEGOTIATION_INITIATION").get("status").asText()).isEqualTo("OPEN");

    moveClockTo(LocalDateTime.of(2026, 6, 4, 9, 0));
    // a dispatch date in the future would start the period early: refused with the reason
    assertThat(complete(task(claim, "confirmDispatch"),
        "{\"dispatchedOn\": {\"value\": \"2026-06-05\"}, \"dispatchProof\": {\"value\": \"9407\"}}").status())
        .isEqualTo(400);
    assertThat(complete(task(claim, "confirmDispatch"),
        "{\"dispatchedOn\": {\"value\": \"2026-06-03\"}, \"dispatchProof\": {\"value\": \"9407 1000 0000 0000 0001\"}}")
        .status()).isEqualTo(204);

    var opened = negotiation(claim);
    assertThat(opened.get("status").asText()).isEqualTo("OPEN");
    assertThat(opened.get("channel").asText()).isEqualTo("MAIL");
    assertThat(opened.get("openedOn").asText()).isEqualTo("2026-06-03");
    assertThat(deadline(claim, "OPEN_NEGOTIATION_PERIOD_END").get("dueOn").asText()).isEqualTo("2026-07-16");
    var dispatched = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
    assertThat(dispatched.findValuesAsText("deliveryStatus")).containsExactly("DISPATCHED");
    assertThat(dispatched.findValuesAsText("proof")).containsExactly("9407 1000 0000 0000 0001");
    assertThat(runtime.getActiveActivityIds(subProcess(claim).getId())).containsExactlyInAnyOrder("payerResponded",
        "recordPayerResponse");
  }

  @Test
  void aPayerThatPrefersFaxGetsTheNoticeAsAFaxOutboxItemAndLaterLettersFollowIt() {
    // payers-test.yaml: fax-only-payer-test takes letters by fax, although the claim names an e-mail address
    var claim = negotiate("NEG-FAX", Claims.nsaClaim("NEG-FAX", "2026-06-01")
        .replace("\"id\": \"acme\"", "\"id\": \"fax-only-payer-test\""));
    uploadItemizedBill(claim);
    assertThat(complete(task(claim, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(claim);

    assertThat(smtp.getReceivedMessages()).isEmpty();
    var outbox = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
    assertThat(outbox.findValuesAsText("kind")).containsExactly("OPEN_NEGOTIATION_NOTICE");
    assertThat(outbox.findValuesAsText("channel")).containsExactly("FAX");
    assertThat(outbox.findValuesAsText("recipient")).containsExactly("+1 555 010 0177");
    assertThat(outbox.findValuesAsText("deliveryStatus")).containsExactly("AWAITING_DISPATCH");
    Task confirm = task(claim, "confirmDispatch");
    assertThat(confirm).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(confirm.getId())).extracting("groupId")
        .containsExactly("billing-specialists");
    // the form shows where to send it
    assertThat(tasks.getVariable(confirm.getId(), "noticeChannel")).isEqualTo("FAX");
    assertThat(tasks.getVariable(confirm.getId(), "noticeRecipient")).isEqualTo("+1 555 010 0177");
    assertThat(tasks.getVariable(confirm.getId(), "noticeDispatchSummary"))
        .isEqualTo("**Send by** fax **to** \\+1 555 010 0177");

    moveClockTo(LocalDateTime.of(2026, 6, 3, 15, 0));
    assertThat(complete(confirm, "{\"dispatchedOn\": {\"value\": \"2026-06-03\"}, "
        + "\"dispatchProof\": {\"value\": \"fax confirmation 2026-06-03 14:52, 4 pages OK\"}}").status())
        .isEqualTo(204);
    var opened = negotiation(claim);
    assertThat(opened.get("channel").asText()).isEqualTo("FAX");
    assertThat(opened.get("openedOn").asText()).isEqualTo("2026-06-03");

    // the payer stays silent: the follow-up goes by fax to the same number (10 business days end 2026-06-17)
    moveClockTo(LocalDateTime.of(2026, 6, 18, 9, 0));
    runJobs(claim);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    var followUp = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind")
        .stream().filter(item -> item.get("kind").asText().equals("FOLLOW_UP")).findFirst().orElseThrow();
    assertThat(followUp.get("channel").asText()).isEqualTo("FAX");
    assertThat(followUp.get("recipient").asText()).isEqualTo("+1 555 010 0177");
    assertThat(followUp.get("deliveryStatus").asText()).isEqualTo("AWAITING_DISPATCH");

    // a person is asked to send it, in a task of its own: the negotiation goes on meanwhile
    Task dispatch = tasks.createTaskQuery().processInstanceBusinessKey(claim.id).taskDefinitionKey("dispatchLetter")
        .singleResult();
    assertThat((String) tasks.getVariable(dispatch.getId(), "letterSummary"))
        .contains("(follow up, round", "**Send by** fax", "\\+1 555 010 0177");
    assertThat(tasks.getIdentityLinksForTask(dispatch.getId())).extracting("groupId")
        .containsExactly("billing-specialists");
    assertThat(runtime.getActiveActivityIds(subProcess(claim).getId())).containsExactlyInAnyOrder("payerResponded",
        "recordPayerResponse");
    var future = complete(dispatch, "{\"dispatchedOn\": {\"value\": \"2026-06-19\"}, "
        + "\"dispatchProof\": {\"value\": \"fax confirmation\"}}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body().get("message").asText()).contains("2026-06-19 is in the future");
    assertThat(complete(dispatch, "{\"dispatchedOn\": {\"value\": \"2026-06-18\"}, "
        + "\"dispatchProof\": {\"value\": \"fax confirmation 2026-06-18 09:20, 1 page OK\"}}").status())
        .isEqualTo(204);
    var sentFollowUp = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("kind")
        .stream().filter(item -> item.get("kind").asText().equals("FOLLOW_UP")).findFirst().orElseThrow();
    assertThat(sentFollowUp.get("deliveryStatus").asText()).isEqualTo("DISPATCHED");
    assertThat(sentFollowUp.get("proof").asText()).isEqualTo("fax confirmation 2026-06-18 09:20, 1 page OK");
  }

  @Test
  void aNoticeStillUnsentFiveBusinessDaysBeforeItsDeadlineAlertsSupervisors() {
    var claim = negotiate("NEG-LATE");
    // OPEN_NEGOTIATION_INITIATION is 2026-07-14; five business days before: 2026-07-07
    moveClockTo(LocalDateTime.of(2026, 7, 6, 12, 0));
    runJobs(claim);
    assertThat(task(claim, "alertUnsentNotice")).isNull();
    moveClockTo(LocalDateTime.of(2026, 7, 7, 9, 0));
    runJobs(claim);

    Task alert = task(claim, "alertUnsentNotice");
    assertThat(alert).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(alert.getId())).extracting("groupId")
        .containsExactly("billing-supervisors");
    assertThat(task(claim, "prepareNegotiation")).isNotNull();
  }

  @Test
  void aPayerSilentForTheResponseWindowGetsOneFollowUpLetter() throws Exception {
    var claim = openNegotiation("NEG-QUIET");
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    // notice sent Tuesday 2026-06-02; 10 business days after it (its own day not counted) end on 2026-06-16
    moveClockTo(LocalDateTime.of(2026, 6, 16, 12, 0));
    runJobs(claim);
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    moveClockTo(LocalDateTime.of(2026, 6, 17, 9, 0));
    runJobs(claim);
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(2);
    assertThat(sent[1].getSubject()).isEqualTo("Follow-up: our offer for claim NEG-QUIET");
    assertThat(sent[1].getAllRecipients()).extracting(Object::toString).containsExactly("claims@acme.example");
    var ledger = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
    var followUps = ledger.findParents("kind").stream().filter(item -> item.get("kind").asText().equals("FOLLOW_UP"))
        .toList();
    assertThat(followUps).hasSize(1);
    assertThat(followUps.get(0).get("round").asInt()).isEqualTo(1);
    assertThat(followUps.get(0).get("deliveryStatus").asText()).isEqualTo("SENT");
    // still waiting for the payer (or the period end)
    assertThat(runtime.getActiveActivityIds(subProcess(claim).getId())).containsExactlyInAnyOrder("payerResponded",
        "recordPayerResponse");

    // no second follow-up, however long the payer stays silent
    moveClockTo(LocalDateTime.of(2026, 7, 10, 9, 0));
    runJobs(claim);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(negotiation(claim).get("status").asText()).isEqualTo("OPEN");

    // a response still arrives normally after the follow-up
    assertThat(payerResponse(claim, "REJECTED", null, "2026-07-10").status()).isEqualTo(200);
    assertThat(task(claim, "evaluatePayerResponse")).isNotNull();
  }

  @Test
  void staffRecordAPayerResponseTakenByPhone() {
    var claim = openNegotiation("NEG-PHONE");
    moveClockTo(LocalDateTime.of(2026, 6, 8, 11, 0));
    Task record = task(claim, "recordPayerResponse");
    assertThat(record).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(record.getId())).extracting("groupId")
        .containsExactly("billing-specialists");

    // a counteroffer without an amount is refused, and nothing is recorded
    var refused = complete(record, "{\"responseType\": {\"value\": \"COUNTEROFFER\"}, "
        + "\"responseReceivedOn\": {\"value\": \"2026-06-08\"}, \"responseChannel\": {\"value\": \"PHONE\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body()).contains("amount");
    assertThat(task(claim, "recordPayerResponse")).isNotNull();
    assertThat(negotiation(claim).get("rounds")).hasSize(1);

    var recorded = complete(record, "{\"responseType\": {\"value\": \"COUNTEROFFER\"}, "
        + "\"payerAmount\": {\"value\": 1500}, \"responseReceivedOn\": {\"value\": \"2026-06-08\"}, "
        + "\"responseChannel\": {\"value\": \"PHONE\"}, "
        + "\"responseNote\": {\"value\": \"Call with the payer's negotiator, ref 4471\"}}");
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(204);

    Task evaluate = task(claim, "evaluatePayerResponse");
    assertThat(evaluate).isNotNull();
    assertThat((String) tasks.getVariable(evaluate.getId(), "payerResponseSummary")).contains("counteroffer", "$1,500.00");
    assertThat(runtime.getActiveActivityIds(subProcess(claim).getId())).containsExactly("evaluatePayerResponse");
    var rounds = negotiation(claim).get("rounds");
    assertThat(rounds.findValuesAsText("kind")).containsExactly("OFFER", "COUNTEROFFER");
    assertThat(rounds.get(1).get("party").asText()).isEqualTo("PAYER");
    assertThat(rounds.get(1).get("amount").decimalValue()).isEqualByComparingTo("1500");
    assertThat(rounds.get(1).get("enteredBy").asText()).as("who took the call").isEqualTo(SPECIALIST);
    var inbound = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findParents("direction")
        .stream().filter(item -> item.get("direction").asText().equals("INBOUND")).toList();
    assertThat(inbound).hasSize(1);
    assertThat(inbound.get(0).get("kind").asText()).isEqualTo("PAYER_COUNTEROFFER");
    assertThat(inbound.get(0).get("channel").asText()).isEqualTo("PHONE");
    assertThat(inbound.get(0).get("round").asInt()).isEqualTo(1);
    // the API no longer finds a wait for a response
    assertThat(payerResponse(claim, "ACCEPTED", null, "2026-06-08").status()).isEqualTo(409);

    // settling goes on as for a response through the API
    assertThat(complete(evaluate, "{\"negotiationDecision\": {\"value\": \"SETTLE\"}}").status()).isEqualTo(204);
    runJobs(claim);
    assertThat(negotiation(claim).get("agreedAmount").decimalValue()).isEqualByComparingTo("1500");
  }

  /** A denied claim on the appeal pathway whose payer has an e-mail address; denial received 2026-05-28. */
  private static String appealClaim(String claimNumber) {
    return appealClaim(claimNumber, "2026-05-28");
  }

  private static String appealClaim(String claimNumber, String deniedOn) {
    return Claims.deniedClaim(claimNumber, deniedOn).replace("\"name\": \"Acme Health Plan\"}",
        "\"name\": \"Acme Health Plan\", \"email\": \"claims@acme.example\"}");
  }

  @Test
  void anAppealClaimNegotiatesWithinThePayerWindowAndFailsWhenItEnds() throws Exception {
    var claim = negotiate("NEG-APPEAL", appealClaim("NEG-APPEAL"));
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("pathway").asText()).isEqualTo("APPEAL");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("negotiateOutsideFederalIdr");
    // INTERNAL_APPEAL_FILING: 2026-05-28 + 180 calendar days = 2026-11-24; the margin of 30 days: 2026-10-25
    assertThat(deadline(claim, "INTERNAL_APPEAL_FILING").get("dueOn").asText()).isEqualTo("2026-11-24");
    assertThat(task(claim, "prepareNegotiation").getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 10, 25, 23, 59, 59)));
    assertThat(timer(claim.processInstanceId, "filingBoundReached")).isEqualTo(at(LocalDateTime.of(2026, 10, 26, 0, 0)));

    uploadItemizedBill(claim);
    assertThat(complete(task(claim, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(claim);

    // a negotiation letter, not an open negotiation notice: no NSA statement, no notice PDF
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(1);
    assertThat(sent[0].getSubject()).isEqualTo("Request to negotiate the payment of claim NEG-APPEAL");
    String body = GreenMailUtil.getBody(sent[0]);
    assertThat(body).contains("27447", "$1,800.00").doesNotContain("149.510", "No Surprises");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body().findValuesAsText("kind"))
        .containsExactly("NEGOTIATION_LETTER");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body().findValuesAsText("code"))
        .doesNotContain("OPEN_NEGOTIATION_PERIOD_END");
    var opened = negotiation(claim);
    assertThat(opened.get("status").asText()).isEqualTo("OPEN");
    assertThat(opened.get("openedOn").asText()).isEqualTo("2026-06-02");

    // window end = min(2026-06-02 + 30 days = 2026-07-02, 2026-10-25) = 2026-07-02; fires at the start of 07-03
    assertThat(timer(subProcess(claim).getId(), "openNegotiationPeriodEnded"))
        .isEqualTo(at(LocalDateTime.of(2026, 7, 3, 0, 0)));
    moveClockTo(LocalDateTime.of(2026, 7, 2, 12, 0));
    runJobs(claim);
    assertThat(negotiation(claim).get("status").asText()).isEqualTo("OPEN");

    moveClockTo(LocalDateTime.of(2026, 7, 3, 9, 0));
    runJobs(claim);
    // the internal appeal follows (bpmn/internal-appeal.bpmn)
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("internalAppeal");
    var failed = negotiation(claim);
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("outcomeReason").asText()).isEqualTo("NEGOTIATION_WINDOW_ENDED");
    assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
        .isEqualTo("INTERNAL_APPEAL");
  }

  @Test
  void anAppealNegotiationEndsAtTheAppealMarginWhateverItsState() {
    var claim = negotiate("NEG-APPEAL-LATE", appealClaim("NEG-APPEAL-LATE"));
    // still preparing, nothing sent, on the appeal bound 2026-10-25 (INTERNAL_APPEAL_FILING 2026-11-24 - 30)
    moveClockTo(LocalDateTime.of(2026, 10, 25, 12, 0));
    runJobs(claim);
    assertThat(task(claim, "prepareNegotiation")).isNotNull();
    assertThat(task(claim, "alertUnsentNotice")).isNotNull();

    moveClockTo(LocalDateTime.of(2026, 10, 26, 9, 0));
    runJobs(claim);
    // the negotiation ended; the internal appeal runs in its place
    assertThat(subProcess(claim).getProcessDefinitionId()).startsWith("internalAppeal:");
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("internalAppeal");
    var ended = negotiation(claim);
    assertThat(ended.get("status").asText()).isEqualTo("FAILED");
    assertThat(ended.get("outcomeReason").asText()).isEqualTo("APPEAL_FILING_MARGIN_REACHED");
    assertThat(runtime.getVariable(claim.processInstanceId, "negotiationResult")).isEqualTo("FAILED");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  /** The preparation of a bundled claim: same grounds as PREPARED, with its own target. */
  private static String prepared(String target, String bundleClaimNumbers) {
    String json = PREPARED.strip();
    return json.substring(0, json.length() - 1).replace("1800.00", target)
        + ", \"bundleClaimNumbers\": {\"value\": \"" + bundleClaimNumbers + "\"}}";
  }

  @Test
  void bundledClaimsShareOneNoticeAndOneConversationAndSettleEachAtItsOwnAmount() throws Exception {
    var lead = negotiate("BUNDLE-A");
    var second = negotiate("BUNDLE-B");
    var third = negotiate("BUNDLE-C");
    negotiate("BUNDLE-TIN", Claims.nsaClaim("BUNDLE-TIN", "2026-06-01").replace("12-3456789", "98-7654321"));
    uploadItemizedBill(lead);

    // claims that cannot join are refused by name, and nothing is bundled or sent
    var refused = complete(task(lead, "prepareNegotiation"), prepared("1800.00", "BUNDLE-B, BUNDLE-TIN, NO-SUCH"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).contains("BUNDLE-TIN cannot join: it is billed under another provider TIN",
        "NO-SUCH is no claim of Acme Health Plan").doesNotContain("BUNDLE-B");
    assertThat(negotiation(second).hasNonNull("bundle")).isFalse();

    // the lead names the claims to negotiate with; the notice waits until each of them is prepared
    assertThat(complete(task(lead, "prepareNegotiation"), prepared("1800.00", "BUNDLE-B, BUNDLE-C")).status())
        .isEqualTo(204);
    runJobs(lead);
    assertThat(runtime.getActiveActivityIds(subProcess(lead).getId())).containsExactly("awaitBundledClaims");
    assertThat((String) runtime.getVariable(subProcess(lead).getId(), "preparationSummary"))
        .contains("BUNDLE\\-B (still preparing)", "BUNDLE\\-C (still preparing)");
    assertThat(negotiation(second).get("bundle").get("leadClaimId").asText()).isEqualTo(lead.id);
    assertThat(negotiation(second).get("bundle").get("claims").findValuesAsText("claimId"))
        .containsExactly(lead.id, second.id, third.id);

    uploadItemizedBill(second);
    assertThat(complete(task(second, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(subProcess(second).getId())).containsExactly("awaitBundleOutcome");
    runJobs(lead);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // the last claim prepared wakes the lead: one notice lists all three claims, each with its own offer
    uploadItemizedBill(third);
    assertThat(complete(task(third, "prepareNegotiation"), prepared("900.00", "")).status()).isEqualTo(204);
    runJobs(lead);
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(1);
    assertThat(sent[0].getSubject()).isEqualTo("Open Negotiation Notice, claims BUNDLE-A, BUNDLE-B, BUNDLE-C");
    String notice = pdfText(attachment(sent[0], "open-negotiation-notice-BUNDLE-A.pdf"));
    assertThat(notice).contains("BUNDLE-A", "BUNDLE-B", "BUNDLE-C", "$1,800.00", "$900.00");
    // one letter in every claim's ledger; each claim's own period starts on the send date
    for (Case claim : List.of(lead, second, third)) {
      var ledger = api.get(AUDITOR, "/api/claims/" + claim.id + "/correspondence").body();
      assertThat(ledger.findValuesAsText("kind")).containsExactly("OPEN_NEGOTIATION_NOTICE");
      assertThat(ledger.get(0).get("id").asText()).isEqualTo(
          api.get(AUDITOR, "/api/claims/" + lead.id + "/correspondence").body().get(0).get("id").asText());
      assertThat(deadline(claim, "OPEN_NEGOTIATION_INITIATION").get("status").asText()).isEqualTo("MET");
      assertThat(deadline(claim, "OPEN_NEGOTIATION_PERIOD_END").get("dueOn").asText()).isEqualTo("2026-07-15");
      assertThat(negotiation(claim).get("status").asText()).isEqualTo("OPEN");
    }

    // the payer answers on any claim of the bundle; amounts per claim must cover the bundle exactly
    moveClockTo(LocalDateTime.of(2026, 6, 10, 11, 0));
    var incomplete = api.post(INTEGRATION, "/api/claims/" + second.id + "/payer-responses",
        "{\"responseType\": \"COUNTEROFFER\", \"receivedOn\": \"2026-06-10\", \"amountsByClaim\": {\""
            + lead.id + "\": 1500}}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().findValuesAsText("field")).contains("amountsByClaim");
    var countered = api.post(INTEGRATION, "/api/claims/" + second.id + "/payer-responses",
        "{\"responseType\": \"COUNTEROFFER\", \"receivedOn\": \"2026-06-10\", \"amountsByClaim\": {\""
            + lead.id + "\": 1500, \"" + second.id + "\": 1400, \"" + third.id + "\": 700}}");
    assertThat(countered.status()).as(countered.raw().body()).isEqualTo(200);
    assertThat(lastRound(third).get("amount").decimalValue()).isEqualByComparingTo("700");
    assertThat((String) tasks.getVariable(task(lead, "evaluatePayerResponse").getId(), "payerResponseSummary"))
        .contains("$3,600.00");

    // our counteroffer is a total, split in proportion to the targets 1,800 / 1,800 / 900
    assertThat(complete(task(lead, "evaluatePayerResponse"),
        "{\"negotiationDecision\": {\"value\": \"COUNTER\"}, \"counterAmount\": {\"value\": 4000.00}}").status())
        .isEqualTo(204);
    runJobs(lead);
    sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(2);
    assertThat(sent[1].getSubject()).isEqualTo("Counteroffer 1, claims BUNDLE-A, BUNDLE-B, BUNDLE-C");
    assertThat(GreenMailUtil.getBody(sent[1])).contains("BUNDLE-A: $1,600.00", "BUNDLE-C: $800.00");
    assertThat(lastRound(second).get("amount").decimalValue()).isEqualByComparingTo("1600");
    assertThat(lastRound(third).get("amount").decimalValue()).isEqualByComparingTo("800");

    // the payer accepts; each claim settles at its own amount and waits for its own payment
    assertThat(payerResponse(third, "ACCEPTED", null, "2026-06-10").status()).isEqualTo(200);
    assertThat(complete(task(lead, "evaluatePayerResponse"), "{\"negotiationDecision\": {\"value\": \"SETTLE\"}}")
        .status()).isEqualTo(204);
    runJobs(lead);
    for (Case claim : List.of(lead, second, third)) {
      assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("awaitSettlementPayment");
      assertThat(runtime.getVariable(claim.processInstanceId, "negotiationResult")).isEqualTo("SETTLED");
    }
    assertThat(runtime.getVariable(third.processInstanceId, "agreedAmount")).isEqualTo(800.0);
    assertThat(negotiation(second).get("agreedAmount").decimalValue()).isEqualByComparingTo("1600");

    moveClockTo(LocalDateTime.of(2026, 6, 20, 11, 0));
    assertThat(api.post(INTEGRATION, "/api/claims/" + third.id + "/payments",
        "{\"receivedOn\": \"2026-06-19\", \"amount\": 800.00}").status()).isEqualTo(200);
    runJobs(third);
    assertThat(api.get(AUDITOR, "/api/claims/" + third.id).body().get("status").asText()).isEqualTo("CLOSED");
    // 800 paid on the settlement minus the 600 initial payment
    assertThat(negotiation(third).get("recoveredAmount").decimalValue()).isEqualByComparingTo("200");
    assertThat(api.get(AUDITOR, "/api/claims/" + lead.id).body().get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void whenTheBundlePeriodEndsEveryClaimInItFailsAndGoesToFederalIdr() {
    var lead = negotiate("BUNDLE-FAIL-A");
    var member = negotiate("BUNDLE-FAIL-B");
    uploadItemizedBill(lead);
    uploadItemizedBill(member);
    assertThat(complete(task(lead, "prepareNegotiation"), prepared("1800.00", "BUNDLE-FAIL-B")).status())
        .isEqualTo(204);
    assertThat(complete(task(member, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(lead);
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    moveClockTo(LocalDateTime.of(2026, 7, 16, 9, 0));
    runJobs(lead);
    for (Case claim : List.of(lead, member)) {
      assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsExactly("federalIdr");
      assertThat(negotiation(claim).get("outcomeReason").asText()).isEqualTo("OPEN_NEGOTIATION_PERIOD_ENDED");
      assertThat(api.get(AUDITOR, "/api/claims/" + claim.id).body().get("stage").asText())
          .isEqualTo("FEDERAL_IDR");
    }
  }

  @Test
  void aBundledClaimThatReachesItsOwnFilingBoundLeavesTheBundleAndTheLeadGoesOn() throws Exception {
    // the member was denied earlier: INTERNAL_APPEAL_FILING 2026-10-28, its filing bound 2026-09-28;
    // the lead's own bound is 2026-10-25
    var lead = negotiate("BUNDLE-APPEAL-A", appealClaim("BUNDLE-APPEAL-A"));
    var member = negotiate("BUNDLE-APPEAL-B", appealClaim("BUNDLE-APPEAL-B", "2026-05-01"));
    uploadItemizedBill(lead);
    assertThat(complete(task(lead, "prepareNegotiation"), prepared("1800.00", "BUNDLE-APPEAL-B")).status())
        .isEqualTo(204);
    runJobs(lead);
    assertThat(runtime.getActiveActivityIds(subProcess(lead).getId())).containsExactly("awaitBundledClaims");

    // nobody prepares the member: supervisors hear of it 5 business days before the bundle's earliest bound
    moveClockTo(LocalDateTime.of(2026, 9, 21, 9, 0));
    runJobs(lead);
    Task alert = task(lead, "alertUnsentBundleNotice");
    assertThat(alert).isNotNull();
    assertThat(alert.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 9, 28, 23, 59, 59)));
    assertThat(tasks.getIdentityLinksForTask(alert.getId())).extracting("groupId")
        .containsExactly("billing-supervisors");
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // the member's own bound ends its negotiation; it leaves the bundle and the lead sends its letter alone
    moveClockTo(LocalDateTime.of(2026, 9, 29, 9, 0));
    runJobs(member);
    assertThat(runtime.getActiveActivityIds(member.processInstanceId)).containsExactly("internalAppeal");
    assertThat(negotiation(member).get("outcomeReason").asText()).isEqualTo("APPEAL_FILING_MARGIN_REACHED");
    assertThat(negotiation(member).hasNonNull("bundle")).isFalse();
    runJobs(lead);
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(1);
    assertThat(sent[0].getSubject()).isEqualTo("Request to negotiate the payment of claim BUNDLE-APPEAL-A");
    assertThat(negotiation(lead).get("status").asText()).isEqualTo("OPEN");
    assertThat(api.get(AUDITOR, "/api/claims/" + member.id + "/correspondence").body()).isEmpty();
  }

  private JsonNode lastRound(Case claim) {
    var rounds = negotiation(claim).get("rounds");
    return rounds.get(rounds.size() - 1);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** A Texas fully insured plan: the state's arbitration replaces federal IDR (pathway STATE_PROCESS). */
  private static String texasClaim(String claimNumber) {
    return Claims.nsaClaim(claimNumber, "2026-06-01").replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"TX\", \"serviceState\": \"TX\"");
  }

  @Test
  void aClaimBeforeAStateProcessNegotiatesWithinTheStateDeadline() throws Exception {
    var late = negotiate("NEG-TX", texasClaim("NEG-TX"));
    var unprepared = negotiate("NEG-TX-IDLE", texasClaim("NEG-TX-IDLE"));
    assertThat(api.get(AUDITOR, "/api/claims/" + late.id).body().get("pathway").asText()).isEqualTo("STATE_PROCESS");
    assertThat(runtime.getActiveActivityIds(late.processInstanceId)).containsExactly("negotiateOutsideFederalIdr");
    // TX_ARBITRATION_REQUEST: 2026-06-01 + 90 days = 2026-08-30; the Texas margin of 10 days: 2026-08-20
    assertThat(deadline(late, "TX_ARBITRATION_REQUEST").get("dueOn").asText()).isEqualTo("2026-08-30");
    assertThat(task(late, "prepareNegotiation").getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 8, 20, 23, 59, 59)));
    assertThat(timer(late.processInstanceId, "filingBoundReached")).isEqualTo(at(LocalDateTime.of(2026, 8, 21, 0, 0)));

    // the letter goes out late: the payer window (to 2026-08-26) is cut at the state bound
    moveClockTo(LocalDateTime.of(2026, 7, 27, 10, 0));
    uploadItemizedBill(late);
    assertThat(complete(task(late, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(late);
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).hasSize(1);
    assertThat(sent[0].getSubject()).isEqualTo("Request to negotiate the payment of claim NEG-TX");
    assertThat(GreenMailUtil.getBody(sent[0])).contains("$1,800.00", "2026-08-20").doesNotContain("149.510");
    assertThat(timer(subProcess(late).getId(), "openNegotiationPeriodEnded"))
        .isEqualTo(at(LocalDateTime.of(2026, 8, 21, 0, 0)));

    // the claim nobody prepared leaves negotiation at the bound, in time to request arbitration: Texas has a state
    // dispute (rules/state-disputes.yaml), so the case goes to it
    moveClockTo(LocalDateTime.of(2026, 8, 21, 9, 0));
    runJobs(unprepared);
    assertThat(runtime.getActiveActivityIds(unprepared.processInstanceId)).containsExactly("stateDispute");
    assertThat(negotiation(unprepared).get("outcomeReason").asText()).isEqualTo("STATE_FILING_MARGIN_REACHED");
    assertThat(deadline(unprepared, "TX_ARBITRATION_REQUEST").get("status").asText()).isEqualTo("OPEN");
  }

  private Date timer(String processInstanceId, String activityId) {
    return management.createJobQuery().timers().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult().getDuedate();
  }

  record Case(String id, String processInstanceId) {}

  /** A claim reviewed with NEGOTIATE, waiting at prepareNegotiation. */
  private Case negotiate(String claimNumber) {
    return negotiate(claimNumber, Claims.nsaClaim(claimNumber, "2026-06-01"));
  }

  private Case negotiate(String claimNumber, String claimJson) {
    var created = api.post(INTEGRATION, "/api/claims", claimJson);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    var claim = new Case(created.body().get("id").asText(), created.body().get("processInstanceId").asText());
    var reviewed = complete(task(claim, "reviewInitialPayment"), "{\"decision\": {\"value\": \"NEGOTIATE\"}}");
    assertThat(reviewed.status()).as(reviewed.raw().body()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(claim.processInstanceId)).containsAnyOf("negotiate", "negotiateOutsideFederalIdr");
    assertThat(task(claim, "prepareNegotiation")).isNotNull();
    return claim;
  }

  /** A claim whose notice went out by e-mail on 2026-06-02, waiting for the payer. */
  private Case openNegotiation(String claimNumber) {
    var claim = negotiate(claimNumber);
    uploadItemizedBill(claim);
    assertThat(complete(task(claim, "prepareNegotiation"), PREPARED).status()).isEqualTo(204);
    runJobs(claim);
    assertThat(negotiation(claim).get("status").asText()).isEqualTo("OPEN");
    return claim;
  }

  private void uploadItemizedBill(Case claim) {
    var uploaded = api.upload(INTEGRATION, "/api/claims/" + claim.id + "/documents", "file", "itemized-bill.pdf",
        TestFiles.pdf(1), Map.of("type", "ITEMIZED_BILL"));
    assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
  }

  private Api.Response payerResponse(Case claim, String type, String amount, String receivedOn) {
    return api.post(INTEGRATION, "/api/claims/" + claim.id + "/payer-responses",
        "{\"responseType\": \"" + type + "\", " + (amount == null ? "" : "\"amount\": " + amount + ", ")
            + "\"receivedOn\": \"" + receivedOn + "\", \"note\": \"by e-mail from the payer's negotiator\"}");
  }

  private JsonNode negotiation(Case claim) {
    var response = api.get(AUDITOR, "/api/claims/" + claim.id + "/negotiation");
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    return response.body();
  }

  private JsonNode deadline(Case claim, String code) {
    return api.get(AUDITOR, "/api/claims/" + claim.id + "/deadlines").body().findParents("code").stream()
        .filter(d -> d.get("code").asText().equals(code)).findFirst().orElseThrow();
  }

  private ProcessInstance subProcess(Case claim) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(claim.processInstanceId).singleResult();
  }

  private Task task(Case claim, String key) {
    return cases.task(claim.processInstanceId, key);
  }

  /** What Tasklist receives when the task's form opens. */
  private JsonNode formVariables(Task task) {
    var opened = api.get(SPECIALIST, "/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false");
    assertThat(opened.status()).isEqualTo(200);
    return opened.body();
  }

  private String formVariable(Task task, String name) {
    return formVariables(task).get(name).get("value").asText();
  }

  private Api.Response complete(Task task, String variables) {
    return api.post(SPECIALIST, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": " + variables + "}");
  }

  /** Runs the due jobs of the case and of its negotiation. */
  private void runJobs(Case claim) {
    cases.runDueJobs(claim.processInstanceId);
  }

  /** The text part of an e-mail, decoded, wherever it sits among the attachments. */
  private static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
    var content = (MimeMultipart) mail.getContent();
    for (int i = 0; i < content.getCount(); i++) {
      var part = content.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && fileName.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment " + fileName);
  }

}
