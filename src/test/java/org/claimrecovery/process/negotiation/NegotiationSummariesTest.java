package org.claimrecovery.process.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.correspondence.Channel;
import org.claimrecovery.correspondence.CorrespondenceEntry;
import org.claimrecovery.correspondence.CorrespondenceKind;
import org.claimrecovery.correspondence.DeliveryStatus;
import org.claimrecovery.correspondence.Direction;
import org.claimrecovery.negotiation.PayerResponse;
import org.junit.jupiter.api.Test;

/** What the negotiation's tasks show of a payer's answer and of a letter to dispatch. */
class NegotiationSummariesTest {

  @Test
  void aPayerNoteIsTextOnItsOwnParagraph() {
    var variables = CamundaNegotiationWorkflow.responseVariables("c1", new PayerResponse(
        PayerResponse.Type.COUNTEROFFER, new BigDecimal("1000"), LocalDate.of(2026, 6, 10),
        "Call me:\n# now\n![](http://evil/?q=1) <b>urgent</b>"));

    assertThat((String) variables.get("payerResponseSummary")).isEqualTo(
        "**Payer response** counteroffer · **Amount** $1,000.00 · **Received** June 10, 2026\n\n"
            + "Call me\\: \\# now \\!\\[\\]\\(http\\://evil/?q\\=1\\) &lt;b&gt;urgent&lt;/b&gt;");
  }

  @Test
  void theLongestNoteAllowedFitsAStringVariable() {
    // 2,000 characters, each escaped to a six-character entity
    var variables = CamundaNegotiationWorkflow.responseVariables("c1", new PayerResponse(
        PayerResponse.Type.REJECTED, null, LocalDate.of(2026, 6, 10), "\"".repeat(2000)));

    String summary = (String) variables.get("payerResponseSummary");
    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).matches("(?s)\\*\\*Payer response\\*\\* rejected · \\*\\*Received\\*\\* June 10, 2026\n\n"
        + "(&quot;)+…\n\nShortened to fit the form; all of it: the claim's correspondence in the API "
        + "\\(GET /api/claims/c1/correspondence\\)\\.\n");
  }

  @Test
  void whereALetterGoesIsText() {
    var letter = new CorrespondenceEntry("e1", "c1", Direction.OUTBOUND, CorrespondenceKind.OPEN_NEGOTIATION_NOTICE,
        0, Channel.MAIL, "<img src=x onerror=alert(1)>\nPO Box 1", "Notice", null, null,
        DeliveryStatus.AWAITING_DISPATCH, "00", null, null, List.of("c1"), Instant.now());

    assertThat(CamundaNegotiationWorkflow.dispatchSummary(letter))
        .isEqualTo("**Send by** mail **to** &lt;img src\\=x onerror\\=alert\\(1\\)&gt; PO Box 1");
  }
}
