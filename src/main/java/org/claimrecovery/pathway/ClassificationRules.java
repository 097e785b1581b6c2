package org.claimrecovery.pathway;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The data behind classification: specified state laws and coverage-denial reason codes. */
public record ClassificationRules(
    Set<String> stateRegulatedPlanTypes,
    List<SpecifiedStateLaw> specifiedStateLaws,
    List<ReasonCode> coverageDenialReasonCodes) {

  public record SpecifiedStateLaw(String state, String name, String citation, LocalDate effectiveFrom,
      LocalDate effectiveTo, boolean selfFundedPlansOptIn) {

    boolean inForceOn(LocalDate day) {
      return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
  }

  public record ReasonCode(String code, String description) {}

  public static ClassificationRules load(InputStream yaml) {
    try {
      var rules = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(yaml, ClassificationRules.class);
      for (var law : rules.specifiedStateLaws()) {
        if (law.state() == null || law.citation() == null || law.effectiveFrom() == null) {
          throw new IllegalArgumentException("specified state law " + law.state()
              + " needs state, citation and effectiveFrom");
        }
      }
      return rules;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("classification rules are not readable", unreadable);
    }
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
