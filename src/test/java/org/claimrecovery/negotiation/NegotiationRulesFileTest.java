package org.claimrecovery.negotiation;

import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a broken rules/negotiation.yaml is reported: the file, the field path, every problem at once. */
class NegotiationRulesFileTest {

  private static final String WINDOWS = """
      payerResponseWindowBusinessDays: 10
      paymentDeadline: {calendarDays: 30, citation: contract term}
      """;

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("required document without citation", WINDOWS + """
            requiredDocuments:
              - {type: ITEMIZED_BILL, why: the notice states the items}
            """, """
            rules/negotiation.yaml: requiredDocuments[0].citation: must not be blank
            """),
        arguments("unknown document type", WINDOWS + """
            requiredDocuments:
              - {type: BILL, citation: c}
            """, """
            rules/negotiation.yaml: requiredDocuments[0].type: unknown value 'BILL', expected one of MEDICAL_RECORD, …
            """),
        arguments("no list of required documents", WINDOWS, """
            rules/negotiation.yaml: requiredDocuments: is missing (use [] for none)
            """),
        arguments("windows missing or zero, all at once", """
            requiredDocuments: []
            paymentDeadline: {calendarDays: 0}
            """, """
            rules/negotiation.yaml: payerResponseWindowBusinessDays: must be greater than 0
            rules/negotiation.yaml: paymentDeadline.calendarDays: must be greater than 0
            rules/negotiation.yaml: paymentDeadline.citation: must not be blank
            """),
        arguments("wrong type", """
            requiredDocuments: []
            payerResponseWindowBusinessDays: ten
            paymentDeadline: {calendarDays: 30, citation: c}
            """, """
            rules/negotiation.yaml: payerResponseWindowBusinessDays: 'ten' is not a number
            """),
        arguments("misspelt property", WINDOWS + """
            requiredDocuments: []
            paymentDeadlineDays: 30
            """, """
            rules/negotiation.yaml: paymentDeadlineDays: unknown property (known: payerResponseWindowBusinessDays, paymentDeadline, requiredDocuments)
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenNegotiationRulesAreRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> NegotiationRules.load(yaml(file)), expected);
  }
}
