package org.claimrecovery.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file name a report keeps: what the uploader named it, without a path, control characters or excess. */
class RemittanceFileNameTest {

  @Test
  void theReportKeepsTheNameWithoutPathControlCharactersOrMoreThan255Characters() {
    assertThat(RemittanceImport.shownName("june.835")).isEqualTo("june.835");
    assertThat(RemittanceImport.shownName("C:\\remits\\june.835")).isEqualTo("june.835");
    assertThat(RemittanceImport.shownName("/srv/remits/june.835")).isEqualTo("june.835");
    assertThat(RemittanceImport.shownName("ju\u0000ne\n.835")).isEqualTo("ju_ne_.835");
    assertThat(RemittanceImport.shownName("x".repeat(300) + ".835")).hasSize(255);
    assertThat(RemittanceImport.shownName(null)).isEqualTo("remittance.835");
    assertThat(RemittanceImport.shownName("/")).isEqualTo("remittance.835");
  }
}
