package org.claimrecovery.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimrecovery.claims.Claim.Circumstances;
import org.claimrecovery.claims.Claim.ClaimLine;
import org.claimrecovery.claims.Claim.Denial;
import org.claimrecovery.claims.Claim.InitialPayment;
import org.claimrecovery.claims.Claim.Payer;
import org.claimrecovery.claims.Claim.Provider;
import org.claimrecovery.claims.ClaimSubmission.DenialPart;
import org.claimrecovery.claims.ClaimSubmission.LinePart;
import org.claimrecovery.claims.ClaimSubmission.PaymentPart;
import org.claimrecovery.pathway.BilledAs;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;

/**
 * Checks a submission at the edge and names every invalid field; a valid one becomes a {@link NewClaim}. Longer
 * than most classes on purpose: one check per field of a claim, in the claim's order, so that every rule a
 * submission meets is read in one place.
 */
public class ClaimValidator {

  private static final Pattern CLAIM_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
  private static final Pattern PAYER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern TIN = Pattern.compile("\\d{2}-?\\d{7}");
  /** CPT and HCPCS (5 characters) or MS-DRG (3 digits). */
  private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z0-9]{5}|\\d{3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> US_STATES = Set.of(
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
      "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
      "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU",
      "AS", "MP");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
  /** The most service lines an X12 837 claim carries (837I: 999; 837P: 50). */
  static final int MAX_LINES = 999;

  /** Control characters (NUL, BEL, …); line breaks and tabs are allowed only in multi-line texts. */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  private final LocalDate today;
  private final LocalDate earliest;
  private final List<FieldProblem> problems = new ArrayList<>();

  private ClaimValidator(LocalDate today, LocalDate earliest) {
    this.today = today;
    this.earliest = earliest;
  }

  /**
   * @param earliest the first day the deadline rules govern: a claim's dates before it are refused, since its
   *     statutory windows could not be computed
   * @throws RequestRejected naming every invalid field
   */
  public static NewClaim validate(ClaimSubmission submission, LocalDate today, LocalDate earliest) {
    return new ClaimValidator(today, earliest).check(submission);
  }

  /** Validates a payment determination arriving after intake. */
  public static PaymentDetermination validate(PaymentDeterminationSubmission submission, Claim claim, LocalDate today,
      LocalDate earliest) {
    var validator = new ClaimValidator(today, earliest);
    if (submission == null || (submission.initialPayment() == null && submission.denial() == null)) {
      throw RequestRejected.invalid("initialPayment", "give the initial payment or the denial");
    }
    var determination = validator.paymentOrDenial(submission.initialPayment(), submission.denial(),
        claim.submittedOn());
    List<ClaimLine> lines = validator.paidLines(submission.lines(), claim.lines());
    validator.throwIfInvalid();
    return new PaymentDetermination(determination.payment(), determination.denial(), lines);
  }

  private NewClaim check(ClaimSubmission s) {
    if (s == null) {
      throw RequestRejected.invalid("claimNumber", "the body must be a claim");
    }
    String claimNumber = matching("claimNumber", s.claimNumber(), CLAIM_NUMBER, "letters, digits and . _ / - (at most 64)");

    Payer payer = null;
    if (s.payer() == null) {
      missing("payer");
    } else {
      String email = s.payer().email();
      if (email != null && !EMAIL.matcher(email).matches()) {
        invalid("payer.email", "is not an e-mail address");
      }
      payer = new Payer(matching("payer.id", s.payer().id(), PAYER_ID, "letters, digits and . _ - (at most 64)"),
          text("payer.name", s.payer().name(), 200), email, multiLineText("payer.address", s.payer().address(), 500));
    }

    Provider provider = null;
    if (s.provider() == null) {
      missing("provider");
    } else {
      String npi = s.provider().npi();
      if (npi == null || npi.isBlank()) {
        missing("provider.npi");
      } else if (!Npi.isValid(npi)) {
        invalid("provider.npi", "is not a valid NPI (10 digits with a correct check digit)");
      }
      String tin = matching("provider.tin", s.provider().tin(), TIN, "9 digits, e.g. 12-3456789");
      provider = new Provider(npi, tin == null ? null : tin.replace("-", ""), text("provider.name", s.provider().name(), 200));
    }

    String patientAccount = optionalText("patientAccount", s.patientAccount(), 64);
    PlanType planType = planType(s.planType());
    String planState = state("planState", s.planState());
    String serviceState = state("serviceState", s.serviceState());
    ServiceCategory category = oneOf("serviceCategory", s.serviceCategory(), ServiceCategory.class);
    var circumstances = circumstances(s, planType);
    LocalDate serviceDate = pastDate("serviceDate", s.serviceDate());
    LocalDate submittedOn = pastDate("submittedOn", s.submittedOn());
    if (serviceDate != null && submittedOn != null && submittedOn.isBefore(serviceDate)) {
      invalid("submittedOn", "is before the service date " + serviceDate);
    }

    List<ClaimLine> lines = lines(s.lines());
    var determination = paymentOrDenial(s.initialPayment(), s.denial(), submittedOn);
    throwIfInvalid();
    return new NewClaim(claimNumber, payer, provider, patientAccount, planType, planState, serviceState, category,
        Boolean.TRUE.equals(s.noticeAndConsentObtained()), circumstances, serviceDate, submittedOn, lines,
        determination.payment(), determination.denial());
  }

  /** OTHER was accepted once; the plan type decides which law governs, so a claim must name it now. */
  private PlanType planType(String value) {
    if ("OTHER".equals(value)) {
      invalid("planType", "must name the plan type, since it decides which law governs the claim: one of "
          + Arrays.stream(PlanType.values()).filter(type -> type != PlanType.OTHER).map(Enum::name)
          .collect(Collectors.joining(", ")));
      return null;
    }
    return oneOf("planType", value, PlanType.class);
  }

  private Circumstances circumstances(ClaimSubmission s, PlanType planType) {
    BilledAs billedAs = s.billedAs() == null ? null : oneOf("billedAs", s.billedAs(), BilledAs.class);
    // only a self-funded plan's sponsor elects a state process (e.g. N.J.S.A. 26:2SS-11); for others the state
    // law reaches the plan or does not
    if (s.planElectedStateProcess() != null && planType != null && planType != PlanType.SELF_FUNDED_ERISA) {
      invalid("planElectedStateProcess", "only a self-funded plan elects a state process; leave it out for "
          + planType);
    }
    return new Circumstances(billedAs, Boolean.TRUE.equals(s.ancillaryService()),
        Boolean.TRUE.equals(s.unforeseenUrgentNeed()), Boolean.TRUE.equals(s.noParticipatingProviderAvailable()),
        s.planElectedStateProcess());
  }

  private List<ClaimLine> lines(List<LinePart> parts) {
    if (parts == null || parts.isEmpty()) {
      invalid("lines", "a claim needs at least one service line");
      return List.of();
    }
    if (parts.size() > MAX_LINES) {
      invalid("lines", "a claim has at most " + MAX_LINES + " service lines (as an X12 837 claim)");
      return List.of();
    }
    var lines = new ArrayList<ClaimLine>();
    for (int i = 0; i < parts.size(); i++) {
      String at = "lines[" + i + "]";
      LinePart part = parts.get(i);
      if (part == null) {
        missing(at);
        continue;
      }
      String code = matching(at + ".serviceCode", part.serviceCode(), SERVICE_CODE, "a CPT/HCPCS code (5 characters) or DRG (3 digits)");
      BigDecimal billed = amount(at + ".billedAmount", part.billedAmount(), true);
      if (billed != null && billed.signum() == 0) {
        invalid(at + ".billedAmount", "must be more than zero");
      }
      BigDecimal paid = amount(at + ".paidAmount", part.paidAmount(), false);
      if (billed != null && paid != null && paid.compareTo(billed) > 0) {
        invalid(at + ".paidAmount", "is more than the billed amount " + billed.toPlainString());
      }
      BigDecimal qpa = amount(at + ".qpa", part.qpa(), false);
      String description = optionalText(at + ".description", part.description(), 200);
      lines.add(new ClaimLine(i + 1, code, billed, paid, qpa, description));
    }
    return lines;
  }

  /** Payment data for lines that arrives with a later initial payment; lines are matched by position. */
  private List<ClaimLine> paidLines(List<LinePart> parts, List<ClaimLine> existing) {
    if (parts == null || parts.isEmpty()) {
      return existing;
    }
    if (parts.size() != existing.size()) {
      invalid("lines", "give one entry per claim line (" + existing.size() + "), in the claim's order");
      return existing;
    }
    var lines = new ArrayList<ClaimLine>();
    for (int i = 0; i < parts.size(); i++) {
      String at = "lines[" + i + "]";
      ClaimLine line = existing.get(i);
      LinePart part = parts.get(i) == null ? new LinePart(null, null, null, null) : parts.get(i);
      BigDecimal paid = amount(at + ".paidAmount", part.paidAmount(), false);
      if (paid != null && paid.compareTo(line.billedAmount()) > 0) {
        invalid(at + ".paidAmount", "is more than the billed amount " + line.billedAmount().toPlainString());
      }
      BigDecimal qpa = amount(at + ".qpa", part.qpa(), false);
      lines.add(new ClaimLine(line.lineNumber(), line.serviceCode(), line.billedAmount(),
          paid != null ? paid : line.paidAmount(), qpa != null ? qpa : line.qpa(), line.description()));
    }
    return lines;
  }

  private record Determination(InitialPayment payment, Denial denial) {}

  private Determination paymentOrDenial(PaymentPart paymentPart, DenialPart denialPart, LocalDate submittedOn) {
    if (paymentPart != null && denialPart != null) {
      invalid("denial", "give either initialPayment or denial, not both");
      return new Determination(null, null);
    }
    InitialPayment payment = null;
    Denial denial = null;
    if (paymentPart != null) {
      LocalDate receivedOn = receivedOn("initialPayment.receivedOn", paymentPart.receivedOn(), submittedOn);
      payment = new InitialPayment(receivedOn, amount("initialPayment.amount", paymentPart.amount(), true));
    }
    if (denialPart != null) {
      LocalDate receivedOn = receivedOn("denial.receivedOn", denialPart.receivedOn(), submittedOn);
      var code = denialCode(denialPart.reasonCode());
      denial = new Denial(receivedOn, code == null ? null : code.group(), code == null ? null : code.carc(),
          multiLineText("denial.description", denialPart.description(), 500));
    }
    return new Determination(payment, denial);
  }

  /** The CARC with the group code a remittance may put before it (CO-50, PR 96, co50) or alone (50). */
  private DenialCode denialCode(String written) {
    if (written == null || written.isBlank()) {
      missing("denial.reasonCode");
      return null;
    }
    var code = DenialCode.parse(written);
    if (code.isEmpty()) {
      invalid("denial.reasonCode", "must be " + DenialCode.ACCEPTED_FORMS);
    }
    return code.orElse(null);
  }

  private LocalDate receivedOn(String field, String value, LocalDate submittedOn) {
    LocalDate receivedOn = pastDate(field, value);
    if (receivedOn != null && submittedOn != null && receivedOn.isBefore(submittedOn)) {
      invalid(field, "is before the claim was submitted (" + submittedOn + ")");
    }
    return receivedOn;
  }

  private void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(problems);
    }
  }

  private String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      missing(field);
      return null;
    }
    return optionalText(field, value, maxLength);
  }

  private String optionalText(String field, String value, int maxLength) {
    return checkedText(field, value, maxLength, CONTROL, "must be one line without control characters");
  }

  private String multiLineText(String field, String value, int maxLength) {
    return checkedText(field, value, maxLength, CONTROL_BUT_LINE_BREAKS, "must not contain control characters");
  }

  private String checkedText(String field, String value, int maxLength, Pattern forbidden, String rule) {
    if (value != null && value.length() > maxLength) {
      invalid(field, "is longer than " + maxLength + " characters");
    } else if (value != null && forbidden.matcher(value).find()) {
      invalid(field, rule);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String matching(String field, String value, Pattern pattern, String expected) {
    if (value == null || value.isBlank()) {
      missing(field);
      return null;
    }
    if (!pattern.matcher(value).matches()) {
      invalid(field, "must be " + expected);
    }
    return value;
  }

  private String state(String field, String value) {
    if (value == null || value.isBlank()) {
      missing(field);
      return null;
    }
    if (!US_STATES.contains(value)) {
      invalid(field, "must be a two-letter US state or territory code, e.g. NY");
    }
    return value;
  }

  private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      missing(field);
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", ")));
      return null;
    }
  }

  private LocalDate pastDate(String field, String value) {
    if (value == null || value.isBlank()) {
      missing(field);
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(today)) {
        invalid(field, "is in the future");
      } else if (date.isBefore(earliest)) {
        invalid(field, "is before " + earliest + ", the first day the configured deadline rules govern "
            + "(rules/deadline-rules.yaml): this claim's statutory windows cannot be computed");
      }
      return date;
    } catch (DateTimeParseException malformed) {
      invalid(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  private BigDecimal amount(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        missing(field);
      }
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() < 0) {
        invalid(field, "must not be negative");
      } else if (amount.scale() > 2) {
        invalid(field, "has more than 2 decimal places");
      } else if (amount.compareTo(MAX_AMOUNT) > 0) {
        invalid(field, "is too large");
      }
      return amount;
    } catch (NumberFormatException malformed) {
      invalid(field, "must be a decimal amount, e.g. 1250.00");
      return null;
    }
  }

  private void missing(String field) {
    problems.add(new FieldProblem(field, "is required"));
  }

  private void invalid(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }
}
