package org.claimrecovery.negotiation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.pathway.Pathway;

/**
 * {@code rules/payers.yaml}: the negotiation window of each payer outside the No Surprises Act, the margin
 * before the appeal filing deadline by which such a negotiation ends whatever its state, and the
 * correspondence channel a payer prefers.
 */
public record PayerNegotiationRules(List<Window> negotiationWindows, AppealEscalation appealEscalation,
    List<StateProcessEscalation> stateProcessEscalations, List<CorrespondenceChannel> correspondenceChannels) {

  /** The appeal pathway's filing deadline, which bounds its negotiation. */
  static final String INTERNAL_APPEAL_FILING = "INTERNAL_APPEAL_FILING";

  /** The channels a payer may prefer for our letters; PHONE and API carry no letters. */
  static final Set<Channel> LETTER_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.MAIL, Channel.FAX, Channel.IDR_PORTAL);

  public PayerNegotiationRules {
    correspondenceChannels = correspondenceChannels == null ? List.of() : List.copyOf(correspondenceChannels);
    stateProcessEscalations = stateProcessEscalations == null ? List.of() : List.copyOf(stateProcessEscalations);
  }

  /** @param payerId null for the default of every payer */
  public record Window(String payerId, LocalDate effectiveFrom, int calendarDays, String why) {}

  public record AppealEscalation(int marginCalendarDays, String why) {}

  /**
   * Before a specified state law's process (pathway STATE_PROCESS) of {@code state}: negotiation ends this many
   * days before the state's filing deadline {@code deadline} (a code of deadline-rules.yaml).
   */
  public record StateProcessEscalation(String state, String deadline, int marginCalendarDays, String why) {}

  /** What ends a negotiation outside federal IDR whatever its state: a margin before a filing deadline. */
  public record FilingBound(String deadline, int marginCalendarDays) {

    public LocalDate lastDay(LocalDate filingDueOn) {
      return filingDueOn.minusDays(marginCalendarDays);
    }
  }

  /**
   * The filing bound of a negotiation on {@code pathway}: on the appeal pathway INTERNAL_APPEAL_FILING less the
   * appeal margin; before a state process the state's own entry. Empty where nothing bounds one (federal IDR has
   * its statutory period) or no entry names the state.
   */
  public Optional<FilingBound> filingBound(Pathway pathway, String state) {
    if (pathway == Pathway.APPEAL) {
      return Optional.of(new FilingBound(INTERNAL_APPEAL_FILING, appealEscalation.marginCalendarDays()));
    }
    if (pathway == Pathway.STATE_PROCESS) {
      return stateProcessEscalations.stream().filter(entry -> entry.state().equals(state)).findFirst()
          .map(entry -> new FilingBound(entry.deadline(), entry.marginCalendarDays()));
    }
    return Optional.empty();
  }

  /**
   * A payer's preferred channel from {@code effectiveFrom} on.
   *
   * @param recipient fax number, portal account, postal address or e-mail; null for EMAIL or MAIL uses the
   *                  claim's payer contact
   */
  public record CorrespondenceChannel(String payerId, LocalDate effectiveFrom, Channel channel, String recipient,
      String why) {

    public CorrespondenceChannel {
      recipient = blankToNull(recipient);
    }
  }

  /** Where a letter goes: its channel and the recipient a person (or SMTP) sends it to. */
  public record Route(Channel channel, String recipient) {}

  /**
   * The route of a letter to the claim's payer on {@code on}: the payer's preference in force that day (the
   * latest effectiveFrom not after it), else the contact the payer named with its payment or denial: e-mail
   * if given, else mail to its address (or its name when it gave none).
   */
  public Route routeFor(Claim claim, LocalDate on) {
    Claim.Payer payer = claim.payer();
    String email = blankToNull(payer.email());
    return preferenceFor(payer.id(), on)
        // the federal IDR portal takes only No Surprises Act disputes (45 CFR 149.510): a letter about a claim
        // outside federal IDR (pathways APPEAL and STATE_PROCESS) cannot go there: the payer's ordinary contact
        // is used instead
        .filter(preference -> preference.channel() != Channel.IDR_PORTAL
            || (claim.pathway() != null && claim.pathway().mayUseFederalIdrPortal()))
        // an e-mail preference needs an address: the entry's, else the payer's; without either, mail
        .filter(preference -> preference.channel() != Channel.EMAIL || preference.recipient() != null || email != null)
        .map(preference -> new Route(preference.channel(), preference.recipient() != null ? preference.recipient()
            : switch (preference.channel()) {
              case EMAIL -> email;
              case IDR_PORTAL -> "Federal IDR portal: " + payer.name();
              default -> postalAddress(payer);
            }))
        .orElseGet(() -> email != null ? new Route(Channel.EMAIL, email)
            : new Route(Channel.MAIL, postalAddress(payer)));
  }

  /** The payer's channel entry in force on {@code on}, if any. */
  public Optional<CorrespondenceChannel> preferenceFor(String payerId, LocalDate on) {
    return correspondenceChannels.stream()
        .filter(entry -> entry.payerId().equals(payerId) && !entry.effectiveFrom().isAfter(on))
        .max(Comparator.comparing(CorrespondenceChannel::effectiveFrom));
  }

  private static String postalAddress(Claim.Payer payer) {
    String address = blankToNull(payer.address());
    return address != null ? address : payer.name();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

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

  /**
   * The last day of a negotiation outside federal IDR that started on {@code startedOn}: the payer's window
   * (calendar days after the start), but never later than {@code lastDay}, the day its filing bound allows.
   */
  public LocalDate windowEnd(String payerId, LocalDate startedOn, LocalDate lastDay) {
    LocalDate payerEnd = startedOn.plusDays(windowFor(payerId, startedOn).calendarDays());
    return payerEnd.isBefore(lastDay) ? payerEnd : lastDay;
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
      for (var entry : rules.stateProcessEscalations()) {
        if (entry.state() == null || entry.deadline() == null || entry.marginCalendarDays() < 0
            || entry.why() == null || entry.why().isBlank()) {
          throw new IllegalArgumentException("payer rules: every state process escalation needs state, deadline, "
              + "marginCalendarDays >= 0 and why" + (entry.state() == null ? "" : " (state " + entry.state() + ")"));
        }
      }
      if (rules.stateProcessEscalations().stream().map(StateProcessEscalation::state).distinct().count()
          != rules.stateProcessEscalations().size()) {
        throw new IllegalArgumentException("payer rules: two state process escalations for one state");
      }
      validate(rules.correspondenceChannels());
      return rules;
    } catch (InvalidFormatException wrongValue) {
      if (wrongValue.getTargetType() == Channel.class) {
        throw new IllegalArgumentException("payer rules: unknown correspondence channel '" + wrongValue.getValue()
            + "' (EMAIL, MAIL, FAX or IDR_PORTAL)", wrongValue);
      }
      throw new UncheckedIOException("payer rules are not readable", wrongValue);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("payer rules are not readable", unreadable);
    }
  }

  private static void validate(List<CorrespondenceChannel> entries) {
    for (var entry : entries) {
      if (entry.payerId() == null || entry.payerId().isBlank()) {
        // there is no default entry: without one the payer's own contact applies
        throw new IllegalArgumentException("payer rules: every correspondence channel needs a payerId");
      }
      String payer = " (payer " + entry.payerId() + ")";
      if (entry.effectiveFrom() == null || entry.channel() == null || entry.why() == null || entry.why().isBlank()) {
        throw new IllegalArgumentException("payer rules: every correspondence channel needs effectiveFrom, channel "
            + "and why" + payer);
      }
      if (!LETTER_CHANNELS.contains(entry.channel())) {
        throw new IllegalArgumentException("payer rules: correspondence channel " + entry.channel()
            + " carries no letters, use EMAIL, MAIL, FAX or IDR_PORTAL" + payer);
      }
      boolean noRecipient = entry.recipient() == null;
      if (entry.channel() == Channel.FAX && noRecipient) {
        throw new IllegalArgumentException("payer rules: a FAX channel needs the fax number as recipient" + payer);
      }
      if (entry.channel() == Channel.EMAIL && !noRecipient && !entry.recipient().contains("@")) {
        throw new IllegalArgumentException("payer rules: an EMAIL recipient must be an e-mail address" + payer);
      }
    }
    var seen = new HashSet<String>();
    for (var entry : entries) {
      if (!seen.add(entry.payerId() + " on " + entry.effectiveFrom())) {
        throw new IllegalArgumentException("payer rules: two correspondence channels of payer " + entry.payerId()
            + " start on " + entry.effectiveFrom() + "; a setting never changes in place, add an entry with a later "
            + "effectiveFrom");
      }
    }
  }
}
