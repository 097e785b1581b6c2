package org.claimrecovery.negotiation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.claimrecovery.documents.DocumentType;

/** {@code rules/negotiation.yaml}: what a negotiation needs before the payer is contacted, and its windows. */
public record NegotiationRules(List<RequiredDocument> requiredDocuments, int payerResponseWindowBusinessDays,
    PaymentDeadline paymentDeadline) {

  /** @param why what the document is for, shown to the specialist when it is missing */
  public record RequiredDocument(DocumentType type, String why, String citation) {}

  public record PaymentDeadline(int calendarDays, String citation) {}

  public static NegotiationRules load(InputStream yaml) {
    try {
      var rules = new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(yaml, NegotiationRules.class);
      if (rules.requiredDocuments() == null) {
        throw new IllegalArgumentException("negotiation rules: requiredDocuments is missing (use [] for none)");
      }
      for (var document : rules.requiredDocuments()) {
        if (document.type() == null || document.citation() == null || document.citation().isBlank()) {
          throw new IllegalArgumentException("negotiation rules: every required document needs a type and a citation");
        }
      }
      if (rules.paymentDeadline() == null || rules.paymentDeadline().calendarDays() < 1
          || rules.paymentDeadline().citation() == null) {
        throw new IllegalArgumentException("negotiation rules: paymentDeadline needs calendarDays > 0 and a citation");
      }
      if (rules.payerResponseWindowBusinessDays() < 1) {
        throw new IllegalArgumentException("negotiation rules: payerResponseWindowBusinessDays must be > 0");
      }
      return rules;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("negotiation rules are not readable", unreadable);
    }
  }
}
