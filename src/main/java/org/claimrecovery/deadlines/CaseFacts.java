package org.claimrecovery.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;

/**
 * What the deadline engine needs to know about a case: what selects the rules that govern it, and its dated events.
 *
 * @param pathway         null until the case is classified
 * @param jurisdiction    the state whose law governs the case besides federal law: the specified state law's state
 *                        when one applies, otherwise the state the plan is issued in; null when unknown
 * @param planType        null when unknown: then only rules for every plan type apply
 * @param serviceCategory null when unknown: then only rules for every category apply
 * @param billedAs        null when the claim does not say: then only rules for both apply
 * @param events          dates of case events by name (see {@link CaseEvents})
 * @param closure         null while the case is open
 */
public record CaseFacts(Pathway pathway, String jurisdiction, PlanType planType, ServiceCategory serviceCategory,
    BilledAs billedAs, Map<String, LocalDate> events, CaseClosure closure) {

  /** Facts of an open case whose plan and care are not known (yet). */
  public CaseFacts(Pathway pathway, String jurisdiction, Map<String, LocalDate> events) {
    this(pathway, jurisdiction, null, null, null, events, null);
  }

  /** Facts of an open case. */
  public CaseFacts(Pathway pathway, String jurisdiction, PlanType planType, ServiceCategory serviceCategory,
      BilledAs billedAs, Map<String, LocalDate> events) {
    this(pathway, jurisdiction, planType, serviceCategory, billedAs, events, null);
  }

  public CaseFacts {
    Map<String, LocalDate> known = new HashMap<>();
    if (events != null) {
      events.forEach((name, date) -> {
        if (name != null && date != null) {
          known.put(name, date);
        }
      });
    }
    events = Map.copyOf(known);
  }

  public Optional<LocalDate> event(String name) {
    return Optional.ofNullable(events.get(name));
  }

  /** A copy of these facts with one more (or a replaced) event. */
  public CaseFacts withEvent(String name, LocalDate date) {
    Map<String, LocalDate> more = new HashMap<>(events);
    more.put(name, date);
    return new CaseFacts(pathway, jurisdiction, planType, serviceCategory, billedAs, more, closure);
  }

  /** A copy of these facts of the case closed as {@code closure}. */
  public CaseFacts closed(CaseClosure closure) {
    return new CaseFacts(pathway, jurisdiction, planType, serviceCategory, billedAs, events, closure);
  }

  /**
   * The date that picks the case's federal rule set: the initial payment or denial when there is one,
   * otherwise the payer's receipt of the claim.
   */
  public Optional<LocalDate> triggerDate() {
    return event(CaseEvents.INITIAL_PAYMENT_OR_DENIAL_RECEIVED)
        .or(() -> event(CaseEvents.CLAIM_RECEIVED_BY_PAYER));
  }
}
