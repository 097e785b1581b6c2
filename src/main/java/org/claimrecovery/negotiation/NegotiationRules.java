package org.claimrecovery.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.InputStream;
import java.util.List;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.rules.RulesFile;

/** {@code rules/negotiation.yaml}: what a negotiation needs before the payer is contacted, and its windows. */
public record NegotiationRules(
    @NotNull(message = "is missing (use [] for none)") List<@NotNull @Valid RequiredDocument> requiredDocuments,
    @Positive int payerResponseWindowBusinessDays,
    @NotNull @Valid PaymentDeadline paymentDeadline) {

  public static final String DEFAULT_RESOURCE = "rules/negotiation.yaml";

  /** @param why what the document is for, shown to the specialist when it is missing */
  public record RequiredDocument(@NotNull DocumentType type, String why, @NotBlank String citation) {}

  public record PaymentDeadline(@Positive int calendarDays, @NotBlank String citation) {}

  /** Reads the rules shipped at {@link #DEFAULT_RESOURCE}, or a replacement for them. */
  public static NegotiationRules load(InputStream yaml) {
    return load(yaml, DEFAULT_RESOURCE);
  }

  /** @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem */
  public static NegotiationRules load(InputStream yaml, String fileName) {
    return RulesFile.load(yaml, fileName, NegotiationRules.class);
  }
}
