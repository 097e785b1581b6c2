package org.claimrecovery.pathway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;

/** The data behind classification: specified state laws and coverage-denial reason codes. */
public record ClassificationRules(
    @NotNull Set<@NotBlank String> stateRegulatedPlanTypes,
    @NotNull List<@NotNull @Valid SpecifiedStateLaw> specifiedStateLaws,
    @NotNull List<@NotNull @Valid ReasonCode> coverageDenialReasonCodes) {

  public record SpecifiedStateLaw(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
      String name, @NotBlank String citation, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      boolean selfFundedPlansOptIn) implements Dated {}

  public record ReasonCode(@NotBlank String code, String description) {}

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static ClassificationRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, ClassificationRules.class);
  }

  /** The specified state law that sets the rate for this service, if any. */
  public Optional<SpecifiedStateLaw> stateLawFor(String serviceState, String planState, String planType,
      LocalDate serviceDate) {
    return specifiedStateLaws.stream()
        .filter(law -> law.state().equals(serviceState) && law.inForceOn(serviceDate))
        .filter(law -> stateRegulatedPlanTypes.contains(planType) ? law.state().equals(planState)
            : "SELF_FUNDED_ERISA".equals(planType) && law.selfFundedPlansOptIn())
        .findFirst();
  }

  public boolean isCoverageDenial(String reasonCode) {
    return reasonCode != null && coverageDenialReasonCodes.stream().anyMatch(code -> code.code().equals(reasonCode));
  }
}
