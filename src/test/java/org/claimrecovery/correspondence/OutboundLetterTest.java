package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundLetterTest {

  @Test
  void aSubjectIsOneLineSoItCannotAddHeadersToTheEmail() {
    var letter = new OutboundLetter("c1", List.of("c1"), CorrespondenceKind.COUNTEROFFER, 1, Channel.EMAIL,
        "claims@acme.example", "Counteroffer 1, claim A\r\nBcc: all@evil.example\n\u2028X-Evil: 1\u0085end ", "Text",
        null, null);

    assertThat(letter.subject()).isEqualTo("Counteroffer 1, claim A Bcc: all@evil.example X-Evil: 1 end");
  }
}
