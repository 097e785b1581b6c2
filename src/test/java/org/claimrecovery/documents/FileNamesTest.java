package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

  @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "bill.pdf                       | bill.pdf",
      "C:\\fakepath\\bill.pdf         | bill.pdf",
      "../../etc/passwd.pdf           | passwd.pdf",
      "scans/2026/records.tif         | records.tif",
      "'  spaced name.pdf  '          | spaced name.pdf",
      "what?\"now\".pdf               | what__now_.pdf",
      "invoice\u202Efdp.exe           | invoicefdp.exe",
      "..                             | document.pdf",
      "folder/                        | document.pdf",
      "NULL                           | document.pdf",
  })
  void keepsTheNameWithoutPathOrInvisibleCharacters(String original, String kept) {
    assertThat(FileNames.sanitise(original, FileInspection.PDF)).isEqualTo(kept);
  }

  @Test
  void longNamesKeepTheirExtension() {
    String kept = FileNames.sanitise("a".repeat(400) + ".pdf", FileInspection.PDF);
    assertThat(kept).hasSize(FileNames.MAX_LENGTH).endsWith("aaa.pdf");
  }
}
