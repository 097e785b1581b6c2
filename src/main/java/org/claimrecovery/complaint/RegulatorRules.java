package org.claimrecovery.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/regulators.yaml}: who a complaint about a payer goes to, chosen by the claim's pathway, plan type and
 * plan state; where it is filed, when its answer is followed up and how long the payer has to pay what it is found to
 * owe.
 */
public record RegulatorRules(List<@NotNull @Valid Regulator> regulators) {

  public static final String DEFAULT_RESOURCE = "rules/regulators.yaml";

  public RegulatorRules {
    regulators = regulators == null ? List.of() : List.copyOf(regulators);
  }

  /**
   * One regulator from {@code effectiveFrom}, for the claims its conditions describe (an empty condition holds for
   * every claim).
   *
   * @param where                the portal or address a complaint goes to
   * @param responseCalendarDays after the filing: when the answer is followed up, and again every as many days
   * @param paymentCalendarDays  after a finding that the payer owes an amount
   * @param note                 what is not verified
   */
  public record Regulator(@NotBlank String id, @NotNull LocalDate effectiveFrom, List<Pathway> pathways,
      List<PlanType> planTypes, List<@Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String> states,
      @NotBlank String name, @NotBlank String where, @NotNull Channel channel, @Positive int responseCalendarDays,
      @Positive int paymentCalendarDays, @NotBlank String citation, String note) implements Dated {

    public Regulator {
      pathways = pathways == null ? List.of() : List.copyOf(pathways);
      planTypes = planTypes == null ? List.of() : List.copyOf(planTypes);
      states = states == null ? List.of() : List.copyOf(states);
    }

    @AssertTrue(message = "channel must be MAIL or REVIEW_PORTAL")
    public boolean isChannelForAComplaint() {
      return channel == null || channel == Channel.MAIL || channel == Channel.REVIEW_PORTAL;
    }

    boolean covers(Claim claim) {
      return (pathways.isEmpty() || pathways.contains(claim.pathway()))
          && (planTypes.isEmpty() || planTypes.contains(claim.planType()))
          && (states.isEmpty() || states.contains(claim.planState()));
    }

    /** The regulator in words, with where a complaint goes. */
    public String addressed() {
      return name + ", " + where;
    }
  }

  /**
   * The claim's regulator on {@code on}: of each id the latest entry in force, the first in file order that covers the
   * claim; empty where none does.
   */
  public Optional<Regulator> of(Claim claim, LocalDate on) {
    var latestById = new LinkedHashMap<String, Regulator>();
    regulators.stream().filter(entry -> entry.inForceOn(on)).forEach(entry -> latestById.merge(entry.id(), entry,
        (kept, other) -> other.effectiveFrom().isAfter(kept.effectiveFrom()) ? other : kept));
    return latestById.values().stream().filter(entry -> entry.covers(claim)).findFirst();
  }

  /** The entry a complaint opened under: its id's latest entry in force on the day it opened. */
  public Optional<Regulator> byId(String id, LocalDate openedOn) {
    return regulators.stream().filter(entry -> entry.id().equals(id) && entry.inForceOn(openedOn))
        .max(Comparator.comparing(Regulator::effectiveFrom));
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static RegulatorRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, RegulatorRules.class, rules -> RulesProblem.repeatedKeys("regulators",
        rules.regulators(), entry -> Arrays.asList(entry.id(), entry.effectiveFrom()),
        (entry, first) -> "a second entry for " + entry.id() + " from " + entry.effectiveFrom()
            + "; a setting never changes in place, add an entry with a later effectiveFrom"));
  }
}
