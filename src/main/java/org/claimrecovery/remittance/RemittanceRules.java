package org.claimrecovery.remittance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/remittance.yaml}: the payers whose remittances we import and what their 835s leave out, the remark and
 * reason codes that mark a claim out of network or under the No Surprises Act, and the benchmarks a payment is
 * measured against where the payer reports no QPA.
 */
public record RemittanceRules(List<@NotNull @Valid PayerEntry> payers,
    List<@NotNull @Valid NsaRemarkCode> nsaRemarkCodes,
    List<@NotNull @Valid OutOfNetworkReason> outOfNetworkAdjustmentReasons,
    List<@NotNull @Valid Benchmark> benchmarks) {

  public static final String DEFAULT_RESOURCE = "rules/remittance.yaml";

  public RemittanceRules {
    payers = payers == null ? List.of() : List.copyOf(payers);
    nsaRemarkCodes = nsaRemarkCodes == null ? List.of() : List.copyOf(nsaRemarkCodes);
    outOfNetworkAdjustmentReasons = outOfNetworkAdjustmentReasons == null ? List.of()
        : List.copyOf(outOfNetworkAdjustmentReasons);
    benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
  }

  /**
   * A payer as the product knows it, and what its 835s do not say.
   *
   * @param id                 the payer id of the product's cases
   * @param remittanceIds      how it names itself in its 835s (REF*2U, N1*PR N104, TRN03)
   * @param outOfNetwork       true: the provider has no contract with it
   * @param qpaAmountQualifier the service line AMT01 that carries its QPA; null where it reports none in the 835
   */
  public record PayerEntry(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be a payer id as intake takes it")
      String id,
      @NotEmpty List<@NotBlank String> remittanceIds, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      PlanType planType, @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String planState,
      Boolean outOfNetwork, String qpaAmountQualifier, String note) implements Dated {

    public boolean knownOutOfNetwork() {
      return Boolean.TRUE.equals(outOfNetwork);
    }
  }

  /** @param serviceCategory null for a code that names no category (N830) */
  public record NsaRemarkCode(@NotBlank String code, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      ServiceCategory serviceCategory, @NotBlank String meaning, @NotBlank String citation) implements Dated {}

  public record OutOfNetworkReason(@NotBlank String code, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      @NotBlank String meaning, @NotBlank String citation) implements Dated {}

  /** @param region a two-letter state; null for every state */
  public record Benchmark(@NotBlank String serviceCode,
      @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String region,
      @NotNull @Positive BigDecimal amount, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      @NotBlank String source) implements Dated {}

  /** The entry of the payer that names itself by one of {@code identifiers}, in force on {@code on}. */
  public Optional<PayerEntry> payer(Collection<String> identifiers, LocalDate on) {
    return Dated.inForceOn(payers.stream().filter(entry -> entry.remittanceIds().stream()
        .anyMatch(identifiers::contains)).toList(), on);
  }

  public Optional<NsaRemarkCode> nsaRemarkCode(String code, LocalDate on) {
    return Dated.inForceOn(nsaRemarkCodes.stream().filter(entry -> entry.code().equals(code)).toList(), on);
  }

  public boolean outOfNetworkReason(String carc, LocalDate on) {
    return Dated.inForceOn(outOfNetworkAdjustmentReasons.stream().filter(entry -> entry.code().equals(carc))
        .toList(), on).isPresent();
  }

  /** The benchmark of a service in a region on a day: the region's own entry before one for every state. */
  public Optional<Benchmark> benchmark(String serviceCode, String region, LocalDate on) {
    var forService = benchmarks.stream().filter(entry -> entry.serviceCode().equals(serviceCode)).toList();
    var regional = Dated.inForceOn(forService.stream().filter(entry -> entry.region() != null
        && entry.region().equals(region)).toList(), on);
    return regional.isPresent() ? regional
        : Dated.inForceOn(forService.stream().filter(entry -> entry.region() == null).toList(), on);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static RemittanceRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, RemittanceRules.class, rules -> {
      var problems = new ArrayList<RulesProblem>();
      problems.addAll(RulesProblem.repeatedKeys("payers", rules.payers(),
          entry -> Arrays.asList(entry.id(), entry.effectiveFrom()),
          (entry, first) -> "a second entry for " + entry.id() + " from " + entry.effectiveFrom()
              + "; add an entry with a later effectiveFrom"));
      problems.addAll(RulesProblem.repeatedKeys("nsaRemarkCodes", rules.nsaRemarkCodes(),
          entry -> Arrays.asList(entry.code(), entry.effectiveFrom()),
          (entry, first) -> "a second entry for " + entry.code() + " from " + entry.effectiveFrom()));
      problems.addAll(RulesProblem.repeatedKeys("benchmarks", rules.benchmarks(),
          entry -> Arrays.asList(entry.serviceCode(), entry.region(), entry.effectiveFrom()),
          (entry, first) -> "a second benchmark for " + entry.serviceCode() + " in "
              + (entry.region() == null ? "every region" : entry.region()) + " from " + entry.effectiveFrom()));
      return problems;
    });
  }
}
