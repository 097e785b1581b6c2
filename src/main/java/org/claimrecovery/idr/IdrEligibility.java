package org.claimrecovery.idr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.deadlines.CaseDeadlines;
import org.claimrecovery.deadlines.CaseEvents;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.text.Markdown;
import org.springframework.stereotype.Service;

/**
 * Whether a claim may go to federal IDR today, each check with its reason and source. An ineligible dispute is
 * never filed and never dropped: the reasons go to supervisors (federal-idr.bpmn).
 */
@Service
public class IdrEligibility {

  /** Days a determination bars new disputes by the same party against the same party (45 CFR 149.510(c)(4)(vi)). */
  static final int COOLING_OFF_CALENDAR_DAYS = 90;

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final IdrDisputeRepository disputes;

  IdrEligibility(ClaimRepository claims, CaseDeadlines deadlines, IdrDisputeRepository disputes) {
    this.claims = claims;
    this.deadlines = deadlines;
    this.disputes = disputes;
  }

  /** One check: what was checked, whether it passed, and why, with its source. */
  public record Check(String name, boolean passed, String reason) {}

  public record Result(List<Check> checks) {

    public boolean eligible() {
      return checks.stream().allMatch(Check::passed);
    }

    public List<String> reasonsAgainst() {
      return checks.stream().filter(check -> !check.passed()).map(Check::reason).toList();
    }

    /** The checks as the task forms show them. */
    public String summary() {
      var text = new StringBuilder(eligible() ? "**Eligible for federal IDR**\n\n" : "**Not eligible for federal IDR**\n\n");
      checks.forEach(check -> text.append(check.passed() ? "✓ " : "✗ ").append("**").append(check.name())
          .append("** ").append(Markdown.text(check.reason())).append("\n\n"));
      return Markdown.bounded(text.toString(), "GET /api/claims/{id}/dispute");
    }
  }

  public Result check(String claimId, LocalDate today) {
    Claim claim = claims.findById(claimId).orElseThrow();
    List<Check> checks = new ArrayList<>();
    boolean qualified = claim.pathway() == Pathway.FEDERAL_IDR && claim.classification() != null
        && Boolean.TRUE.equals(claim.classification().nsaEligible());
    checks.add(new Check("Qualified IDR item", qualified, qualified
        ? "classified as a No Surprises Act item (45 CFR 149.510(a)(2)(xi))"
        : "the claim is not a No Surprises Act item (pathway " + claim.pathway() + "): federal IDR decides only "
            + "qualified IDR items (45 CFR 149.510(a)(2)(xi))"));
    var started = Optional.ofNullable(claims.events(claimId).get(CaseEvents.OPEN_NEGOTIATION_STARTED));
    checks.add(new Check("Open negotiation notice sent", started.isPresent(), started
        .map(on -> "sent on " + on + " (45 CFR 149.510(b)(1)(i))")
        .orElse("no open negotiation notice was sent: IDR may be initiated only after the open negotiation period "
            + "(45 CFR 149.510(b)(1), (b)(2)(i))")));
    if (started.isPresent()) {
      checks.add(periodCompleted(claimId, today));
      checks.add(insideWindow(claimId, today));
    }
    checks.add(noCoolingOff(claim, today));
    return new Result(List.copyOf(checks));
  }

  private Check periodCompleted(String claimId, LocalDate today) {
    var periodEnd = deadlines.find(claimId, "OPEN_NEGOTIATION_PERIOD_END").map(Deadline::dueOn);
    boolean ended = periodEnd.map(today::isAfter).orElse(false);
    return new Check("Open negotiation period completed", ended, periodEnd
        .map(end -> (ended ? "ended on " : "runs until ") + end + "; it runs in full unless the parties settle "
            + "(45 CFR 149.510(b)(1)(ii))")
        .orElse("the period's end is not known (45 CFR 149.510(b)(1)(ii))"));
  }

  private Check insideWindow(String claimId, LocalDate today) {
    var window = deadlines.find(claimId, "IDR_INITIATION");
    boolean open = window.map(deadline -> !today.isAfter(deadline.dueOn())).orElse(false);
    return new Check("Inside the initiation window", open, window
        .map(deadline -> (open ? "initiate by " : "the window closed on ") + deadline.dueOn()
            + ": 4 business days beginning on the 31st business day after open negotiation began "
            + "(45 CFR 149.510(b)(2)(i))")
        .orElse("the initiation window is not known (45 CFR 149.510(b)(2)(i))"));
  }

  /** A determination against the same payer for the same item code bars a new dispute for 90 days. */
  private Check noCoolingOff(Claim claim, LocalDate today) {
    var codes = claim.lines().stream().map(ClaimLine::serviceCode).toList();
    var blocking = disputes.decidedSince(claim.payer().id(), claim.provider().tin(),
            today.minusDays(COOLING_OFF_CALENDAR_DAYS)).stream()
        .filter(decided -> !decided.claimId().equals(claim.id()) && codes.contains(decided.serviceCode())
            && !decided.decidedOn().isAfter(today))
        .findFirst();
    return new Check("No cooling-off period", blocking.isEmpty(), blocking
        .map(decided -> "a determination on claim " + decided.claimNumber() + " (" + decided.serviceCode()
            + ", decided " + decided.decidedOn() + ") bars a new dispute against " + claim.payer().name()
            + " for the same item until " + decided.decidedOn().plusDays(COOLING_OFF_CALENDAR_DAYS)
            + "; the item may be filed within 30 business days after that (45 CFR 149.510(c)(4)(vi))")
        .orElse("no determination against " + claim.payer().name() + " for these items in the last 90 days "
            + "(45 CFR 149.510(c)(4)(vi))"));
  }
}
