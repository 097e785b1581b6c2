package org.claimrecovery.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.claims.ClaimIntake;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PayerPart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;
import org.claimrecovery.claims.ClaimSubmission.ProviderPart;
import org.claimrecovery.claims.ClaimSubmission;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.engine.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

  DemoData(IdentityService identity, TaskService tasks, ClaimIntake intake, ClaimRepository claims, CaseClock clock) {
    this.identity = identity;
    this.tasks = tasks;
    this.intake = intake;
    this.claims = claims;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    user("specialist", "Sam", "Specialist", Groups.SPECIALISTS);
    user("supervisor", "Sue", "Supervisor", Groups.SUPERVISORS);
    user("auditor", "Avery", "Auditor", Groups.AUDITORS);
    user("owner", "Olive", "Owner", Groups.PROCESS_OWNERS);
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
    log.info("Demo data seeded: 9 sample claims");
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

  private void user(String id, String first, String last, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    var user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(id + "@demo.claim-recovery.example");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
