package org.claimrecovery.negotiation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code rules/payers.yaml}: the negotiation window of each payer outside the No Surprises Act, and the margin
 * before the appeal filing deadline by which such a negotiation ends whatever its state.
 */
public record PayerNegotiationRules(List<Window> negotiationWindows, AppealEscalation appealEscalation) {

  /** @param payerId null for the default of every payer */
  public record Window(String payerId, LocalDate effectiveFrom, int calendarDays, String why) {}

  public record AppealEscalation(int marginCalendarDays, String why) {}

  /** The window in force for {@code payerId} on {@code on}: the payer's own entry, else the default. */
  public Window windowFor(String payerId, LocalDate on) {
    Comparator<Window> byEffectiveFrom = Comparator.comparing(Window::effectiveFrom);
    return negotiationWindows.stream()
        .filter(window -> payerId != null && payerId.equals(window.payerId()) && !window.effectiveFrom().isAfter(on))
        .max(byEffectiveFrom)
        .or(() -> negotiationWindows.stream()
            .filter(window -> window.payerId() == null && !window.effectiveFrom().isAfter(on)).max(byEffectiveFrom))
        .orElseThrow(() -> new IllegalStateException("payer rules: no negotiation window in force on " + on));
  }

  /** The last day a negotiation may still run: the margin before the appeal filing deadline. */
  public LocalDate appealBound(LocalDate appealFilingDueOn) {
    return appealFilingDueOn.minusDays(appealEscalation.marginCalendarDays());
  }

  /**
   * The last day of a negotiation outside the NSA that started on {@code startedOn}: the payer's window
   * (calendar days after the start), but never later than {@link #appealBound}.
   */
  public LocalDate windowEnd(String payerId, LocalDate startedOn, LocalDate appealFilingDueOn) {
    LocalDate payerEnd = startedOn.plusDays(windowFor(payerId, startedOn).calendarDays());
    LocalDate bound = appealBound(appealFilingDueOn);
    return payerEnd.isBefore(bound) ? payerEnd : bound;
  }

  public static PayerNegotiationRules load(InputStream yaml) {
    try {
      var rules = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(yaml, PayerNegotiationRules.class);
      if (rules.negotiationWindows() == null || rules.negotiationWindows().stream()
          .noneMatch(window -> window.payerId() == null)) {
        throw new IllegalArgumentException("payer rules: negotiationWindows needs a default entry (no payerId)");
      }
      for (var window : rules.negotiationWindows()) {
        if (window.effectiveFrom() == null || window.calendarDays() < 1 || window.why() == null
            || window.why().isBlank()) {
          throw new IllegalArgumentException("payer rules: every negotiation window needs effectiveFrom, "
              + "calendarDays > 0 and why" + (window.payerId() == null ? "" : " (payer " + window.payerId() + ")"));
        }
      }
      long distinct = rules.negotiationWindows().stream()
          .map(window -> Objects.toString(window.payerId()) + "@" + window.effectiveFrom()).distinct().count();
      if (distinct != rules.negotiationWindows().size()) {
        throw new IllegalArgumentException("payer rules: two windows of one payer start on the same day");
      }
      if (rules.appealEscalation() == null || rules.appealEscalation().marginCalendarDays() < 0
          || rules.appealEscalation().why() == null) {
        throw new IllegalArgumentException("payer rules: appealEscalation needs marginCalendarDays >= 0 and why");
      }
      return rules;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("payer rules are not readable", unreadable);
    }
  }
}
