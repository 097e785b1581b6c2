package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterTemplateTest {

  @Test
  void theSubjectAndTheBodyAreFilledAndSectionsRepeatOrHide() {
    var template = LetterTemplate.named("counteroffer-letter.txt");
    Map<String, Object> values = Map.of("letterRound", 2, "claimNumbers", "claims A-1, A-2", "total", "$3,000.00",
        "openNegotiation", true, "bundled", true,
        "claims", List.of(Map.of("claimNumber", "A-1", "offer", "$1,000.00"),
            Map.of("claimNumber", "A-2", "offer", "$2,000.00")),
        "providerName", "Riverside", "providerEmail", "billing@riverside.test", "providerPhone", "(555) 010");

    assertThat(template.subject(values)).isEqualTo("Counteroffer 2, claims A-1, A-2");
    String body = template.body(values);
    assertThat(body).contains("under 45 CFR 149.510(b)(1)(ii) we offer $3,000.00", "- claim A-1: $1,000.00",
        "- claim A-2: $2,000.00", "Riverside").doesNotContain("{{", "In the negotiation of");
  }

  @Test
  void anInvertedSectionShowsWhenItsValueIsFalse() {
    var template = LetterTemplate.named("counteroffer-letter.txt");
    Map<String, Object> values = Map.of("letterRound", 1, "claimNumbers", "claim A-1", "total", "$900.00",
        "openNegotiation", false, "bundled", false, "claims", List.of(),
        "providerName", "Riverside", "providerEmail", "", "providerPhone", "");

    assertThat(template.body(values)).contains("In the negotiation of claim A-1 we offer $900.00")
        .doesNotContain("149.510", "Per claim");
  }

  @Test
  void aValueTheLetterDoesNotProvideFailsLoudly() {
    var template = LetterTemplate.named("follow-up-letter.txt");

    assertThatThrownBy(() -> template.body(Map.of("claimNumbers", "claim A-1")))
        .hasMessageContaining("follow-up-letter.txt").hasMessageContaining("{{sentOn}}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"negotiation-letter.txt", "open-negotiation-notice-email.txt", "counteroffer-letter.txt",
      "follow-up-letter.txt"})
  void everyShippedLetterHasASubjectLine(String file) {
    assertThat(LetterTemplate.named(file).subject(Map.of("claimNumbers", "claim A-1", "letterRound", 1)))
        .contains("claim A-1");
  }
}
