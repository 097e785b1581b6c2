package org.claimrecovery.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.claimrecovery.caseevents.CaseEventRecorder;
import org.claimrecovery.claims.ClaimIntake;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PayerPart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;
import org.claimrecovery.claims.ClaimSubmission.ProviderPart;
import org.claimrecovery.claims.ClaimSubmission;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.deadlines.BusinessCalendar;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.engine.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's users and sample claims at different points of a case, so that a newcomer who opens
 * Tasklist sees real work at once. Runs once: an existing claim means the demo was seeded already.
 */
@Component
@Profile("demo")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  static final String DEMO_USER = "demo-seed";

  private final IdentityService identity;
  private final TaskService tasks;
  private final ClaimIntake intake;
  private final ClaimRepository claims;
  private final CaseClock clock;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final DocumentStore documents;
  private final CaseEventRecorder caseEvents;
  private final BusinessCalendar calendar;
  private final TransactionTemplate transaction;

  DemoData(IdentityService identity, TaskService tasks, ClaimIntake intake, ClaimRepository claims, CaseClock clock,
      RuntimeService runtime, ManagementService management, DocumentStore documents, CaseEventRecorder caseEvents,
      BusinessCalendar calendar, PlatformTransactionManager transactions) {
    this.identity = identity;
    this.tasks = tasks;
    this.intake = intake;
    this.claims = claims;
    this.clock = clock;
    this.runtime = runtime;
    this.management = management;
    this.documents = documents;
    this.caseEvents = caseEvents;
    this.calendar = calendar;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A person of the demo; the password is the user id (demo profile only, printed at start by DemoWelcome). */
  record DemoUser(String id, String firstName, String lastName, String group) {

    String password() {
      return id;
    }
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("specialist", "Sam", "Specialist", Groups.SPECIALISTS),
      new DemoUser("supervisor", "Sue", "Supervisor", Groups.SUPERVISORS),
      new DemoUser("auditor", "Avery", "Auditor", Groups.AUDITORS),
      new DemoUser("owner", "Olive", "Owner", Groups.PROCESS_OWNERS));

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    USERS.forEach(this::user);
    if (claims.find(null, null, null, 0, 1).total() > 0) {
      return;
    }
    LocalDate today = clock.today();
    // NSA emergency visit paid below the QPA: open negotiation must start within 30 business days
    submit(claim("DEMO-1001", "aetna-demo", "Acme Health Plan", "SELF_FUNDED_ERISA", "FL", "FL", "EMERGENCY",
        today.minusDays(30), payment(today.minusDays(4), "600.00"),
        line("99285", "2400.00", "600.00", "900.00"), null));
    // Texas fully insured plan: the state's arbitration replaces federal IDR
    submit(claim("DEMO-1002", "bluestar-demo", "BlueStar Insurance", "FULLY_INSURED", "TX", "TX",
        "NON_EMERGENCY_AT_PARTICIPATING_FACILITY", today.minusDays(40), payment(today.minusDays(12), "1100.00"),
        line("01402", "3800.00", "1100.00", "1350.00"), null));
    // medical-necessity denial: appeals, not IDR
    submit(claim("DEMO-1003", "aetna-demo", "Acme Health Plan", "FULLY_INSURED", "PA", "PA", "OTHER",
        today.minusDays(50), null, line("27447", "41000.00", "0.00", null),
        new DenialPart(today.minusDays(9).toString(), "50", "Not medically necessary")));
    // still waiting for the payer's initial payment
    submit(claim("DEMO-1004", "cigma-demo", "Cigma Health", "INDIVIDUAL_MARKET", "GA", "GA", "EMERGENCY",
        today.minusDays(12), null, line("99284", "1650.00", null, null), null));
    // the payer let its 30-day payment deadline pass: a supervisor task
    submit(claim("DEMO-1005", "cigma-demo", "Cigma Health", "SELF_FUNDED_ERISA", "OH", "OH", "EMERGENCY",
        today.minusDays(45), null, line("99291", "2950.00", null, null), null));
    // air ambulance, review close to its deadline: escalated to supervisors
    submit(claim("DEMO-1006", "bluestar-demo", "BlueStar Insurance", "SELF_FUNDED_ERISA", "CO", "CO",
        "AIR_AMBULANCE", today.minusDays(70), payment(today.minusDays(38), "18000.00"),
        line("A0431", "52000.00", "18000.00", "24500.00"), null));
    // decided: negotiate (now preparing its negotiation) and accept (closed)
    var negotiate = submit(claim("DEMO-1007", "aetna-demo", "Acme Health Plan", "SELF_FUNDED_ERISA", "NC", "NC",
        "EMERGENCY", today.minusDays(25), payment(today.minusDays(6), "700.00"),
        line("99285", "2600.00", "700.00", "980.00"), null));
    decide(negotiate, Map.of("decision", "NEGOTIATE", "reviewNote", "QPA gap and acuity justify a higher rate"));
    var accept = submit(claim("DEMO-1008", "bluestar-demo", "BlueStar Insurance", "SELF_FUNDED_ERISA", "VA", "VA",
        "EMERGENCY", today.minusDays(20), payment(today.minusDays(5), "1500.00"),
        line("99284", "1700.00", "1500.00", "1400.00"), null));
    decide(accept, Map.of("decision", "ACCEPT", "reviewNote", "Paid above the QPA and close to billed"));
    // Medicare Advantage denial: the programme's own route, no ERISA or ACA deadline; the review says what it needs
    submit(claim("DEMO-1009", "aetna-demo", "Acme Health Plan", "MEDICARE_ADVANTAGE", "FL", "FL", "EMERGENCY",
        today.minusDays(35), null, line("99285", "2400.00", "0.00", null),
        new DenialPart(today.minusDays(7).toString(), "16", "Claim lacks information needed for adjudication")));
    // federal IDR, whatever day the demo starts: the open negotiation periods ended on business days before today
    LocalDate lastBusinessDay = calendar.previousBusinessDayOnOrBefore(today.minusDays(1));
    // the period ended on the last business day: the 4-business-day initiation window is open, today included
    inFederalIdr(byMail(claim("DEMO-1010", "cigma-demo", "Cigma Health", "SELF_FUNDED_ERISA", "FL", "FL",
        "EMERGENCY", today, null, new LinePart("99285", "2400.00", "600.00", "900.00",
            "Emergency department visit, high complexity"), null)), lastBusinessDay, "1800.00");
    // one business day earlier, and initiated on the first day of its window: waits for the certified IDR entity
    LocalDate earlierEnd = calendar.addBusinessDays(lastBusinessDay, -1);
    var initiated = inFederalIdr(byMail(claim("DEMO-1011", "cigma-demo", "Cigma Health", "FULLY_INSURED", "GA",
        "GA", "AIR_AMBULANCE", today, null, new LinePart("A0431", "48000.00", "16500.00", "21800.00",
            "Rotary-wing air ambulance transport"), null)), earlierEnd, "36000.00");
    // as an integration reports the portal's filing (POST /api/claims/{id}/events)
    caseEvents.record(initiated, Map.of("type", "IDR_INITIATED", "disputeNumber", "DISP-DEMO-" + today.getYear()
        + "-0411", "on", calendar.addBusinessDays(earlierEnd, 1).toString()), DEMO_USER);
    // its period ended five business days before the last one: the window closed unfiled, supervisors review it
    inFederalIdr(byMail(claim("DEMO-1012", "cigma-demo", "Cigma Health", "INDIVIDUAL_MARKET", "OH", "OH",
        "EMERGENCY", today, null, new LinePart("99291", "2950.00", "900.00", "1250.00",
            "Critical care, first hour"), null)), calendar.addBusinessDays(lastBusinessDay, -5), "2400.00");
    log.info("Demo data seeded: 12 sample claims");
  }

  /**
   * A No Surprises Act claim whose open negotiation ran its 30 business days and ended on {@code periodEnd}, as it
   * arrives from a billing system while in progress: the claim with its initial payment, the reviewer's NEGOTIATE,
   * the itemized bill, the preparation, and the notice mailed on the period's day 1 (its dispatch recorded late
   * with that date, as staff do in "Confirm dispatch of the notice"). The period's end then fires at once and the
   * case enters federal IDR, where the eligibility check decides by today's date.
   *
   * <p>The due jobs of a case this old are run here, in the seed's transactions, never by the job executor: the
   * review's and the preparation's escalation timers are created and gone within the first transaction, the
   * notice's send waits suspended until the second runs it (the ledger writes the letter in a transaction of its
   * own, so the claim must be committed first), and only the period's end fires, not the payer follow-up, which
   * would have been mailed weeks ago.
   *
   * @return the claim's id
   */
  private String inFederalIdr(ClaimSubmission undated, LocalDate periodEnd, String target) {
    // day 1 of the period is the dispatch day: the period ends on its 30th business day
    LocalDate noticeMailed = calendar.addBusinessDays(periodEnd, -29);
    LocalDate paid = noticeMailed.minusDays(14);
    var submission = dated(undated, paid.minusDays(40), paid);
    var claim = transaction.execute(status -> {
      var submitted = intake.submit(submission, DEMO_USER).claim();
      decide(submitted.processInstanceId(), Map.of("decision", "NEGOTIATE",
          "reviewNote", "Paid well below the QPA; negotiate, then federal IDR"));
      documents.store(submitted.id(), DocumentType.ITEMIZED_BILL, "itemized-bill.pdf", onePagePdf(), DEMO_USER);
      complete(submitted.id(), "prepareNegotiation", Map.of("targetAmount", Double.valueOf(target),
          "justificationGrounds", "[\"PATIENT_ACUITY\", \"COMPLEXITY\"]",
          "justification", "Critical presentation; the QPA does not reflect the acuity and complexity of the care."));
      management.suspendJobById(job(submitted.id(), "sendOpenNegotiationNotice").getId());
      return submitted;
    });
    transaction.executeWithoutResult(status -> {
      var send = job(claim.id(), "sendOpenNegotiationNotice");
      management.activateJobById(send.getId());
      management.executeJob(send.getId());
      complete(claim.id(), "confirmDispatch", Map.of("dispatchedOn", noticeMailed.toString(),
          "dispatchProof", "USPS certified mail 9407 1000 0000 " + claim.claimNumber().substring(5)));
      management.executeJob(job(claim.id(), "openNegotiationPeriodEnded").getId());
    });
    return claim.id();
  }

  private void complete(String claimId, String taskKey, Map<String, Object> variables) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey(claimId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("demo claim " + claimId + " has no task " + taskKey);
    }
    tasks.complete(task.getId(), variables);
  }

  private Job job(String claimId, String activityId) {
    var negotiation = runtime.createProcessInstanceQuery().processInstanceBusinessKey(claimId)
        .processDefinitionKey("negotiation").singleResult();
    var job = management.createJobQuery().processInstanceId(negotiation.getId()).activityId(activityId)
        .singleResult();
    if (job == null) {
      throw new IllegalStateException("demo claim " + claimId + " has no job at " + activityId);
    }
    return job;
  }

  /** The payer named no e-mail address: letters go by mail, and a person records the day each left. */
  private static ClaimSubmission byMail(ClaimSubmission submission) {
    var payer = submission.payer();
    return with(submission, new PayerPart(payer.id(), payer.name(), null, payer.address()),
        submission.serviceDate(), submission.submittedOn(), submission.initialPayment());
  }

  private static ClaimSubmission dated(ClaimSubmission submission, LocalDate serviceDate, LocalDate paid) {
    var line = submission.lines().get(0);
    return with(submission, submission.payer(), serviceDate.toString(), serviceDate.plusDays(3).toString(),
        payment(paid, line.paidAmount()));
  }

  private static ClaimSubmission with(ClaimSubmission s, PayerPart payer, String serviceDate, String submittedOn,
      PaymentPart payment) {
    return new ClaimSubmission(s.claimNumber(), payer, s.provider(), s.patientAccount(), s.planType(), s.planState(),
        s.serviceState(), s.serviceCategory(), s.noticeAndConsentObtained(), s.billedAs(), s.ancillaryService(),
        s.unforeseenUrgentNeed(), s.noParticipatingProviderAvailable(), s.planElectedStateProcess(), serviceDate,
        submittedOn, s.lines(), payment, s.denial());
  }

  private static byte[] onePagePdf() {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private String submit(ClaimSubmission submission) {
    return intake.submit(submission, DEMO_USER).claim().processInstanceId();
  }

  private void decide(String processInstanceId, Map<String, Object> variables) {
    var task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("reviewInitialPayment")
        .singleResult();
    tasks.complete(task.getId(), variables);
  }

  private static ClaimSubmission claim(String number, String payerId, String payerName, String planType,
      String planState, String serviceState, String category, LocalDate serviceDate, PaymentPart payment,
      LinePart line, DenialPart denial) {
    return new ClaimSubmission(number,
        new PayerPart(payerId, payerName, "claims-" + payerId + "@example.org", "PO Box 1000, Hartford, CT 06101"),
        new ProviderPart("1234567893", "123456789", "Riverside Emergency Physicians"),
        "ACCT-" + number.substring(5), planType, planState, serviceState, category, false, "PROFESSIONAL", false,
        false, false, null,
        serviceDate.toString(), serviceDate.plusDays(3).toString(), List.of(line), payment, denial);
  }

  private static PaymentPart payment(LocalDate receivedOn, String amount) {
    return new PaymentPart(receivedOn.toString(), amount);
  }

  private static LinePart line(String code, String billed, String paid, String qpa) {
    return new LinePart(code, billed, paid, qpa);
  }

  private void user(DemoUser demoUser) {
    if (identity.createUserQuery().userId(demoUser.id()).count() > 0) {
      return;
    }
    var user = identity.newUser(demoUser.id());
    user.setFirstName(demoUser.firstName());
    user.setLastName(demoUser.lastName());
    user.setEmail(demoUser.id() + "@demo.claim-recovery.example");
    user.setPassword(demoUser.password());
    identity.saveUser(user);
    identity.createMembership(demoUser.id(), demoUser.group());
  }
}
