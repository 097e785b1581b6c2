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

  /**
   * How far back to look for determinations whose cooling-off period may still run: far longer than any
   * COOLING_OFF_END of the rules (90 calendar days), which decides the period itself.
   */
  private static final int LOOKBACK_DAYS = 366;

  static final String COOLING_OFF = "No cooling-off period";
  static final String INSIDE_WINDOW = "Inside the initiation window";

  private final ClaimRepository claims;
  private final CaseDeadlines deadlines;
  private final IdrDisputeRepository disputes;
  private final IdrInitiationWindow window;

  IdrEligibility(ClaimRepository claims, CaseDeadlines deadlines, IdrDisputeRepository disputes,
      IdrInitiationWindow window) {
    this.claims = claims;
    this.deadlines = deadlines;
    this.disputes = disputes;
    this.window = window;
  }

  /** One check: what was checked, whether it passed, and why, with its source. */
  public record Check(String name, boolean passed, String reason) {}

  /**
   * @param heldUntil the last day of the cooling-off period that bars the claim today; null when none does
   */
  public record Result(List<Check> checks, LocalDate heldUntil) {

    public boolean eligible() {
      return checks.stream().allMatch(Check::passed);
    }

    /**
     * Barred only by a cooling-off period: the claim waits until it ends and then has its own window (45 CFR
     * 149.510(c)(4)(vi)), so the initiation window it would have had now does not matter.
     */
    public boolean held() {
      return heldUntil != null && checks.stream().filter(check -> !check.passed())
          .allMatch(check -> check.name().equals(COOLING_OFF) || check.name().equals(INSIDE_WINDOW));
    }

    public List<String> reasonsAgainst() {
      return checks.stream().filter(check -> !check.passed()).map(Check::reason).toList();
    }

    /** The checks as the task forms show them. */
    public String summary() {
      var text = new StringBuilder(eligible() ? "**Eligible for federal IDR**\n\n"
          : held() ? "**Held by a cooling-off period until " + heldUntil + "**, then 30 business days to initiate "
              + "(45 CFR 149.510(c)(4)(vi))\n\n"
          : "**Not eligible for federal IDR**\n\n");
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
    var blocking = coolingOff(claim, today);
    checks.add(noCoolingOff(claim, blocking));
    return new Result(List.copyOf(checks), blocking.map(Blocking::endsOn).orElse(null));
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
    var deadline = window.of(claimId);
    boolean open = deadline.map(due -> !today.isAfter(due.dueOn())).orElse(false);
    return new Check(INSIDE_WINDOW, open, deadline
        .map(due -> (open ? "initiate by " : "the window closed on ") + due.dueOn() + ": " + window.rule(claimId))
        .orElse("the initiation window is not known (45 CFR 149.510(b)(2)(i))"));
  }

  /**
   * The latest determination against the same payer for the same item code in the last 90 days: it bars a new
   * dispute until its cooling-off period ends.
   */
  private Optional<Blocking> coolingOff(Claim claim, LocalDate today) {
    var codes = claim.lines().stream().map(ClaimLine::serviceCode).toList();
    return disputes.decidedSince(claim.payer().id(), claim.provider().tin(), today.minusDays(LOOKBACK_DAYS))
        .stream()
        .filter(decided -> !decided.claimId().equals(claim.id()) && codes.contains(decided.serviceCode())
            && !decided.decidedOn().isAfter(today))
        .flatMap(decided -> deadlines.find(decided.claimId(), "COOLING_OFF_END")
            .filter(end -> !end.dueOn().isBefore(today)).map(end -> new Blocking(decided, end.dueOn())).stream())
        .max(java.util.Comparator.comparing(Blocking::endsOn));
  }

  /** A determination whose cooling-off period runs until {@code endsOn} (its COOLING_OFF_END). */
  private record Blocking(IdrDisputeRepository.Decided decided, LocalDate endsOn) {}

  private static Check noCoolingOff(Claim claim, Optional<Blocking> blocking) {
    return new Check(COOLING_OFF, blocking.isEmpty(), blocking
        .map(block -> "a determination on claim " + block.decided().claimNumber() + " ("
            + block.decided().serviceCode() + ", decided " + block.decided().decidedOn() + ") bars a new dispute "
            + "against " + claim.payer().name() + " for the same item until " + block.endsOn() + "; the claim waits "
            + "and may be filed within the 30 business days after that (45 CFR 149.510(c)(4)(vi))")
        .orElse("no cooling-off period after a determination against " + claim.payer().name()
            + " for these items runs today (45 CFR 149.510(c)(4)(vi))"));
  }
}
