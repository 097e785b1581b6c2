package org.claimrecovery.idr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.deadlines.DeadlineCounting;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.deadlines.DeadlineUnit;
import org.claimrecovery.deadlines.RuleSet;
import org.claimrecovery.idr.IdrRules.Batching;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.springframework.stereotype.Component;

/**
 * Which items may be filed with a lead item as one federal IDR dispute (a batched determination, 45 CFR
 * 149.510(c)(3)(i)): billed under the same provider TIN, paid by the same plan, the same service code, furnished
 * within one 30-business-day period, no air ambulance, and no more line items than the cap of the rule set in
 * force for the lead. Each refused item is named with the rule it fails, in words and with its citation, so a
 * person can file it on its own or in another batch. Refusing is the safe side: items filed separately are
 * always allowed, a batch the entity finds improper is not.
 */
@Component
public class IdrBatching {

  private final IdrRules rules;
  private final DeadlineRuleBook ruleBook;
  private final DeadlineCounting counting;

  public IdrBatching(IdrRules rules, DeadlineRuleBook ruleBook, DeadlineCounting counting) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.ruleBook = Objects.requireNonNull(ruleBook, "ruleBook");
    this.counting = Objects.requireNonNull(counting, "counting");
  }

  /**
   * One claim offered for a batch: its items are its lines, all under the claim's service code.
   *
   * @param paymentReceivedOn the day the provider received the initial payment or denial. It is the trigger date
   *     that picks a case's federal rule set everywhere else ({@code CaseFacts.triggerDate}), so the batch is
   *     judged by the same rule set as the lead's deadlines; the open negotiation period's end would be a later
   *     date that can fall under another rule set than the one the case's negotiation ran under
   * @param lineCount         how many line items the claim brings to the batch
   */
  public record Item(String claimId, String claimNumber, String providerTin, String payerId, PlanType planType,
      String serviceCode, ServiceCategory serviceCategory, LocalDate serviceDate, LocalDate paymentReceivedOn,
      int lineCount) {

    public Item {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(claimNumber, "claimNumber");
      Objects.requireNonNull(providerTin, "providerTin");
      Objects.requireNonNull(payerId, "payerId");
      Objects.requireNonNull(planType, "planType");
      Objects.requireNonNull(serviceCode, "serviceCode");
      Objects.requireNonNull(serviceCategory, "serviceCategory");
      Objects.requireNonNull(serviceDate, "serviceDate");
      Objects.requireNonNull(paymentReceivedOn, "paymentReceivedOn");
      if (lineCount <= 0) {
        throw new IllegalArgumentException("claim " + claimNumber + ": lineCount must be positive, was " + lineCount);
      }
    }
  }

  /** @param reason "Claim … cannot join: it …", naming the rule and its citation */
  public record Refusal(Item item, String reason) {}

  /**
   * @param ruleSet      the federal rule set in force on the lead's trigger date
   * @param accepted     the lead first, then the accepted candidates in the order they were offered
   * @param refused      the refused candidates in the order they were offered
   * @param periodFrom   the first day of the 30-business-day period the accepted items were furnished in
   * @param periodTo     its last day
   * @param lineItems    the line items of the accepted items
   * @param maxLineItems the rule set's cap; null where it states none
   */
  public record Batch(String ruleSet, List<Item> accepted, List<Refusal> refused, LocalDate periodFrom,
      LocalDate periodTo, int lineItems, Integer maxLineItems) {}

  /**
   * Which of {@code candidates} may be filed with {@code lead}. The lead itself is always in the batch: the
   * question is what joins it.
   *
   * @throws IllegalArgumentException when no federal rule set is in force on the lead's trigger date
   */
  public Batch batch(Item lead, List<Item> candidates) {
    Objects.requireNonNull(lead, "lead");
    RuleSet ruleSet = ruleBook.ruleSetOn(lead.paymentReceivedOn()).orElseThrow(() -> new IllegalArgumentException(
        "No federal IDR rule set is in force on " + lead.paymentReceivedOn() + ", the day the initial payment or "
            + "denial of claim " + lead.claimNumber() + " was received: it cannot lead a federal IDR batch"));
    Batching batching = rules.batchingOf(ruleSet.id()).orElseThrow(() -> new IllegalStateException(
        "the IDR rules have no batching entry for rule set " + ruleSet.id()));

    // refusal reasons by candidate position, so every list keeps the order in which the candidates were offered
    Map<Integer, String> refusals = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>(Set.of(lead.claimId()));
    List<Integer> alike = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Item candidate = candidates.get(i);
      String why = !seen.add(candidate.claimId())
          ? candidate.claimId().equals(lead.claimId()) ? "is the lead claim" : "is offered twice"
          : unlike(lead, candidate, batching).orElse(null);
      if (why != null) {
        refusals.put(i, why);
      } else {
        alike.add(i);
      }
    }

    LocalDate periodFrom = periodStart(lead, alike.stream().map(candidates::get).toList(), batching);
    LocalDate periodTo = periodEnd(periodFrom, batching);
    int lineItems = lead.lineCount();
    for (int i : alike) {
      Item candidate = candidates.get(i);
      if (candidate.serviceDate().isBefore(periodFrom) || candidate.serviceDate().isAfter(periodTo)) {
        refusals.put(i, "was furnished on " + candidate.serviceDate() + ", outside the "
            + batching.periodBusinessDays() + "-business-day period " + periodFrom + " to " + periodTo
            + " that begins on the batch's earliest service date (" + batching.conditions().samePeriod() + ")");
      } else if (batching.maxLineItems() != null && lineItems + candidate.lineCount() > batching.maxLineItems()) {
        refusals.put(i, "would bring the batch to " + (lineItems + candidate.lineCount()) + " line items, above the "
            + "cap of " + batching.maxLineItems() + " under rule set " + ruleSet.id() + " ("
            + batching.conditions().lineItemCap() + ")");
      } else {
        lineItems += candidate.lineCount();
      }
    }

    List<Item> accepted = new ArrayList<>(List.of(lead));
    List<Refusal> refused = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Item candidate = candidates.get(i);
      String why = refusals.get(i);
      if (why == null) {
        accepted.add(candidate);
      } else {
        refused.add(new Refusal(candidate, "Claim " + candidate.claimNumber() + " cannot join: it " + why + "."));
      }
    }
    return new Batch(ruleSet.id(), List.copyOf(accepted), List.copyOf(refused), periodFrom, periodTo, lineItems,
        batching.maxLineItems());
  }

  /** The first condition of 45 CFR 149.510(c)(3)(i) other than the period and the cap that sets them apart. */
  private static Optional<String> unlike(Item lead, Item candidate, Batching batching) {
    var cite = batching.conditions();
    if (lead.serviceCategory() == ServiceCategory.AIR_AMBULANCE) {
      return Optional.of("would join claim " + lead.claimNumber() + ", an air ambulance claim, which is never "
          + "batched (" + cite.airAmbulance() + ")");
    }
    if (candidate.serviceCategory() == ServiceCategory.AIR_AMBULANCE) {
      return Optional.of("is an air ambulance claim, which is never batched (" + cite.airAmbulance() + ")");
    }
    if (!digits(candidate.providerTin()).equals(digits(lead.providerTin()))) {
      return Optional.of("is billed under provider TIN " + candidate.providerTin() + ", not the lead's "
          + lead.providerTin() + " (" + cite.sameProvider() + ")");
    }
    if (!candidate.payerId().equals(lead.payerId()) || candidate.planType() != lead.planType()) {
      return Optional.of("is paid by another plan (payer " + candidate.payerId() + ", " + candidate.planType()
          + "; the lead's is payer " + lead.payerId() + ", " + lead.planType() + ") (" + cite.samePlan() + ")");
    }
    // Only the same service code is recognised. Not covered: a comparable code under a different procedural code
    // system (e.g. a CPT code and its HCPCS or DRG counterpart), and codes that differ only by a modifier; the
    // regulation may allow those together, but deciding comparability needs a crosswalk the product does not
    // have, so such items are refused here and a person may batch them by hand.
    if (!code(candidate.serviceCode()).equals(code(lead.serviceCode()))) {
      return Optional.of("is billed under service code " + candidate.serviceCode() + ", not the lead's "
          + lead.serviceCode() + " (" + cite.similarItems() + ")");
    }
    return Optional.empty();
  }

  /**
   * The first day of the batch's period: the earliest service date of the lead and the candidates alike to it,
   * leaving out a candidate so early that the period beginning on its date would end before the lead's service
   * date (the lead is always in the batch).
   */
  private LocalDate periodStart(Item lead, List<Item> alike, Batching batching) {
    LocalDate start = lead.serviceDate();
    for (Item candidate : alike) {
      LocalDate date = candidate.serviceDate();
      if (date.isBefore(start) && !periodEnd(date, batching).isBefore(lead.serviceDate())) {
        start = date;
      }
    }
    return start;
  }

  /** "Furnished within the same 30-business-day period": 30 business days beginning on the period's first day. */
  private LocalDate periodEnd(LocalDate from, Batching batching) {
    return counting.dueOn(from, batching.periodBusinessDays(), DeadlineUnit.BUSINESS_DAYS, false);
  }

  /** A TIN as written on claims: "12-3456789" and "123456789" are the same. */
  private static String digits(String tin) {
    return tin.replaceAll("\\D", "");
  }

  private static String code(String serviceCode) {
    return serviceCode.strip().toUpperCase(Locale.ROOT);
  }
}
