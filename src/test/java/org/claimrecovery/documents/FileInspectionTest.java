package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimrecovery.documents.FileInspection.Refusal.EMPTY;
import static org.claimrecovery.documents.FileInspection.Refusal.TOO_LARGE;
import static org.claimrecovery.documents.FileInspection.Refusal.UNSUPPORTED_TYPE;
import static org.claimrecovery.documents.FileInspection.Refusal.UNUSABLE_PDF;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.claimrecovery.documents.FileInspection.FileRefused;
import org.claimrecovery.documents.FileInspection.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

class FileInspectionTest {

  private final FileInspection inspection = new FileInspection(DataSize.ofMegabytes(1));

  static Stream<Arguments> acceptedFiles() {
    return Stream.of(
        Arguments.of("a one-page PDF", TestFiles.pdf(1), FileInspection.PDF),
        Arguments.of("a PNG", TestFiles.image("png"), FileInspection.PNG),
        Arguments.of("a JPEG", TestFiles.image("jpeg"), FileInspection.JPEG),
        Arguments.of("a TIFF as Java writes it", TestFiles.image("tiff"), FileInspection.TIFF),
        Arguments.of("a little-endian TIFF header", new byte[] {'I', 'I', 0x2A, 0x00, 8, 0, 0, 0},
            FileInspection.TIFF),
        Arguments.of("a big-endian TIFF header", new byte[] {'M', 'M', 0x00, 0x2A, 0, 0, 0, 8}, FileInspection.TIFF));
  }

  @ParameterizedTest(name = "{0} is accepted as {2}")
  @MethodSource("acceptedFiles")
  void acceptsWhatItsContentShows(String description, byte[] content, String mediaType) {
    assertThat(inspection.inspect(content)).isEqualTo(mediaType);
  }

  static Stream<Arguments> refusedFiles() {
    return Stream.of(
        Arguments.of("an empty file", new byte[0], EMPTY, "The file is empty"),
        Arguments.of("a Windows executable renamed .pdf", TestFiles.windowsExecutable(), UNSUPPORTED_TYPE,
            "looks like a Windows executable"),
        Arguments.of("a Linux executable", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, UNSUPPORTED_TYPE,
            "looks like a Linux executable"),
        Arguments.of("a ZIP archive", TestFiles.zip(), UNSUPPORTED_TYPE, "looks like a ZIP archive"),
        Arguments.of("a GIF", TestFiles.image("gif"), UNSUPPORTED_TYPE, "looks like a GIF image"),
        Arguments.of("plain text", "Patient notes".getBytes(StandardCharsets.UTF_8), UNSUPPORTED_TYPE,
            "is not a PDF, TIFF, PNG or JPEG file"),
        Arguments.of("a PDF with a user password", TestFiles.encryptedPdf("user-secret"), UNUSABLE_PDF,
            "is encrypted or password-protected: upload an unprotected copy"),
        Arguments.of("a PDF encrypted with an owner password only", TestFiles.encryptedPdf(""), UNUSABLE_PDF,
            "is encrypted or password-protected"),
        Arguments.of("a PDF without pages", TestFiles.pdf(0), UNUSABLE_PDF, "The PDF has no pages"),
        Arguments.of("a truncated PDF", TestFiles.truncatedPdf(), UNUSABLE_PDF, "is not a readable PDF"),
        Arguments.of("a PDF header and garbage", "%PDF-1.7\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1),
            UNUSABLE_PDF, "is not a readable PDF"),
        Arguments.of("a file over the limit", TestFiles.pngSignatureOf(DataSize.ofMegabytes(1).toBytes() + 1),
            TOO_LARGE, "The file has 1,048,577 bytes; the limit for one document is 1 MB (1,048,576 bytes)"));
  }

  @ParameterizedTest(name = "{0} is refused: {3}")
  @MethodSource("refusedFiles")
  void refusesWithAReasonTheUploaderCanActOn(String description, byte[] content, Refusal refusal, String reason) {
    assertThatThrownBy(() -> inspection.inspect(content))
        .isInstanceOfSatisfying(FileRefused.class, refused -> assertThat(refused.refusal()).isEqualTo(refusal))
        .hasMessageContaining(reason);
  }

  @Test
  void aFileOfExactlyTheLimitIsAccepted() {
    assertThat(inspection.inspect(TestFiles.pngSignatureOf(DataSize.ofMegabytes(1).toBytes())))
        .isEqualTo(FileInspection.PNG);
  }

  @Test
  void refusalsSayThatTheContentDecidedNotTheName() {
    assertThatThrownBy(() -> inspection.inspect(TestFiles.windowsExecutable()))
        .hasMessage("The file looks like a Windows executable; only PDF, TIFF, PNG and JPEG files are accepted"
            + " (judged by content, not by file name)");
  }

  @Test
  void limitsAreWrittenAsPeopleSayThem() {
    assertThat(FileInspection.readable(DataSize.ofMegabytes(20))).isEqualTo("20 MB");
    assertThat(FileInspection.readable(DataSize.ofKilobytes(1500))).isEqualTo("1500 KB");
    assertThat(FileInspection.readable(DataSize.ofBytes(1001))).isEqualTo("1001 bytes");
  }
}
