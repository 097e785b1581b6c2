package org.claimrecovery.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/payers.yaml}: the negotiation window of each payer outside the No Surprises Act, the margin
 * before the appeal filing deadline by which such a negotiation ends whatever its state, and the
 * correspondence channel a payer prefers.
 */
public record PayerNegotiationRules(
    @NotNull List<@NotNull @Valid Window> negotiationWindows,
    @NotNull @Valid AppealEscalation appealEscalation,
    List<@NotNull @Valid StateProcessEscalation> stateProcessEscalations,
    List<@NotNull @Valid CorrespondenceChannel> correspondenceChannels) {

  public static final String DEFAULT_RESOURCE = "rules/payers.yaml";

  /** The appeal pathway's filing deadline, which bounds its negotiation. */
  static final String INTERNAL_APPEAL_FILING = "INTERNAL_APPEAL_FILING";

  /** The channels a payer may prefer for our letters; PHONE and API carry no letters. */
  static final Set<Channel> LETTER_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.MAIL, Channel.FAX, Channel.IDR_PORTAL);

  private static final String SUPERSEDE = "; a setting never changes in place, add an entry with a later effectiveFrom";

  public PayerNegotiationRules {
    // an empty entry ("- ") stays for the constraints to report
    correspondenceChannels = correspondenceChannels == null ? List.of()
        : Collections.unmodifiableList(new ArrayList<>(correspondenceChannels));
    stateProcessEscalations = stateProcessEscalations == null ? List.of()
        : Collections.unmodifiableList(new ArrayList<>(stateProcessEscalations));
  }

  /** @param payerId null for the default of every payer */
  public record Window(String payerId, @NotNull LocalDate effectiveFrom, @Positive int calendarDays,
      @NotBlank String why) implements Dated {}

  public record AppealEscalation(@PositiveOrZero(message = "must not be negative") int marginCalendarDays,
      @NotBlank String why) {}

  /**
   * Before a specified state law's process (pathway STATE_PROCESS) of {@code state}: negotiation ends this many
   * days before the state's filing deadline {@code deadline} (a code of deadline-rules.yaml).
   */
  public record StateProcessEscalation(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
      @NotBlank String deadline, @PositiveOrZero(message = "must not be negative") int marginCalendarDays,
      @NotBlank String why) {}

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
  public record CorrespondenceChannel(
      // there is no default entry: without one the payer's own contact applies
      @NotBlank String payerId,
      @NotNull LocalDate effectiveFrom, @NotNull Channel channel, String recipient, @NotBlank String why)
      implements Dated {

    public CorrespondenceChannel {
      recipient = blankToNull(recipient);
    }

    @AssertTrue(message = "channel must be EMAIL, MAIL, FAX or IDR_PORTAL: PHONE and API carry no letters")
    private boolean isLetterChannel() {
      return channel == null || LETTER_CHANNELS.contains(channel);
    }

    @AssertTrue(message = "a FAX channel needs the fax number as recipient")
    private boolean isFaxNumberGiven() {
      return channel != Channel.FAX || recipient != null;
    }

    @AssertTrue(message = "an EMAIL recipient must be an e-mail address")
    private boolean isEmailRecipientAnAddress() {
      return channel != Channel.EMAIL || recipient == null || recipient.contains("@");
    }
  }

  /**
   * Where a letter goes: its channel and the recipient a person (or SMTP) sends it to.
   *
   * @param basis why the letter may go there: the payer's own designation (the contact it named on the claim, or
   *     its entry in rules/payers.yaml with the entry's why). Recorded with the letter in the ledger: an
   *     electronic notice needs the good-faith belief that the payer can take it that way (45 CFR
   *     149.510(b)(1)(ii)(A)), so an e-mail route never goes without one
   */
  public record Route(Channel channel, String recipient, String basis) {

    public Route {
      Objects.requireNonNull(channel, "channel");
      if (channel == Channel.EMAIL && (basis == null || basis.isBlank())) {
        throw new IllegalArgumentException("an e-mail route needs the basis on which the payer may be written to "
            + "by e-mail (45 CFR 149.510(b)(1)(ii)(A))");
      }
    }
  }

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
            }, basisOf(preference, claim)))
        .orElseGet(() -> email != null
            ? new Route(Channel.EMAIL, email, "the payer's own designation: the e-mail address it named as its "
                + "contact on claim " + claim.claimNumber())
            : new Route(Channel.MAIL, postalAddress(payer), blankToNull(payer.address()) != null
                ? "the postal address the payer named on claim " + claim.claimNumber()
                : "claim " + claim.claimNumber() + " names no payer address: only the payer's name"));
  }

  /** The payer's own designation in rules/payers.yaml, with the entry's why. */
  private static String basisOf(CorrespondenceChannel preference, Claim claim) {
    String where = preference.recipient() != null ? ""
        : preference.channel() == Channel.EMAIL ? ", to the e-mail address it named on claim " + claim.claimNumber()
        : preference.channel() == Channel.MAIL && blankToNull(claim.payer().address()) != null
            ? ", to the postal address it named on claim " + claim.claimNumber()
        : preference.channel() == Channel.MAIL ? ", claim " + claim.claimNumber() + " names no payer address"
        : "";
    return "the payer's own designation: " + preference.channel() + " channel of payer " + preference.payerId()
        + " in rules/payers.yaml from " + preference.effectiveFrom() + where + " (" + preference.why() + ")";
  }

  /** The payer's channel entry in force on {@code on}, if any. */
  public Optional<CorrespondenceChannel> preferenceFor(String payerId, LocalDate on) {
    return Dated.inForceOn(correspondenceChannels.stream().filter(entry -> entry.payerId().equals(payerId)).toList(),
        on);
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
    return Dated.inForceOn(windowsOf(payerId), on)
        .or(() -> Dated.inForceOn(windowsOf(null), on))
        .orElseThrow(() -> new IllegalStateException("payer rules: no negotiation window in force on " + on));
  }

  private List<Window> windowsOf(String payerId) {
    return negotiationWindows.stream().filter(window -> Objects.equals(window.payerId(), payerId)).toList();
  }

  /**
   * The last day of a negotiation outside federal IDR that started on {@code startedOn}: the payer's window
   * (calendar days after the start), but never later than {@code lastDay}, the day its filing bound allows.
   */
  public LocalDate windowEnd(String payerId, LocalDate startedOn, LocalDate lastDay) {
    LocalDate payerEnd = startedOn.plusDays(windowFor(payerId, startedOn).calendarDays());
    return payerEnd.isBefore(lastDay) ? payerEnd : lastDay;
  }

  /** Reads the rules shipped at {@link #DEFAULT_RESOURCE}, or a replacement for them. */
  public static PayerNegotiationRules load(InputStream yaml) {
    return load(yaml, DEFAULT_RESOURCE);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static PayerNegotiationRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, PayerNegotiationRules.class, PayerNegotiationRules::problemsAcrossEntries);
  }

  /** One entry per payer and day: a setting never changes in place, a later effectiveFrom supersedes it. */
  private static List<RulesProblem> problemsAcrossEntries(PayerNegotiationRules rules) {
    List<RulesProblem> problems = new ArrayList<>();
    if (rules.windowsOf(null).isEmpty()) {
      problems.add(new RulesProblem("negotiationWindows", "needs a default entry (no payerId)"));
    }
    problems.addAll(RulesProblem.repeatedKeys("negotiationWindows", rules.negotiationWindows(),
        window -> Arrays.asList(window.payerId(), window.effectiveFrom()), (window, first) -> "a second window "
            + (window.payerId() == null ? "of the default" : "of payer " + window.payerId()) + " from "
            + window.effectiveFrom() + ", first at " + first + SUPERSEDE));
    problems.addAll(RulesProblem.repeatedKeys("stateProcessEscalations", rules.stateProcessEscalations(),
        StateProcessEscalation::state, (entry, first) -> "a second entry for one state, " + entry.state()
            + ", first at " + first));
    problems.addAll(RulesProblem.repeatedKeys("correspondenceChannels", rules.correspondenceChannels(),
        entry -> Arrays.asList(entry.payerId(), entry.effectiveFrom()), (entry, first) -> "a second channel of payer "
            + entry.payerId() + " from " + entry.effectiveFrom() + ", first at " + first + SUPERSEDE));
    return problems;
  }
}
