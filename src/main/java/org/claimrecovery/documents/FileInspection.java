package org.claimrecovery.documents;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether a file may become a case document, from its content alone: a name like "bill.pdf"
 * proves nothing. Accepted are PDF, TIFF, PNG and JPEG up to the size limit; a PDF must also open without
 * a password and have a page, because a payer or an IDR entity has to be able to read what we submit.
 */
public final class FileInspection {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String TIFF = "image/tiff";

  private static final String ACCEPTED_TYPES = "only PDF, TIFF, PNG and JPEG files are accepted";

  /** Why a file was refused; the service decides what each means for the caller. */
  public enum Refusal {
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    UNUSABLE_PDF
  }

  public static final class FileRefused extends RuntimeException {

    private final Refusal refusal;

    FileRefused(Refusal refusal, String message) {
      super(message);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  private record Signature(String what, int offset, byte[] magic) {

    boolean matches(byte[] content) {
      return content.length >= offset + magic.length
          && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
  }

  private static final List<Signature> ACCEPTED = List.of(
      new Signature(PDF, 0, "%PDF-".getBytes(US_ASCII)),
      new Signature(PNG, 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
      new Signature(JPEG, 0, bytes(0xFF, 0xD8, 0xFF)),
      new Signature(TIFF, 0, bytes('I', 'I', 0x2A, 0x00)),
      new Signature(TIFF, 0, bytes('M', 'M', 0x00, 0x2A)));

  // not accepted, but named in the refusal so the uploader knows what they picked by mistake
  private static final List<Signature> RECOGNISED = List.of(
      new Signature("a Windows executable", 0, bytes('M', 'Z')),
      new Signature("a Linux executable (ELF)", 0, bytes(0x7F, 'E', 'L', 'F')),
      new Signature("a macOS executable", 0, bytes(0xCF, 0xFA, 0xED, 0xFE)),
      new Signature("a macOS executable", 0, bytes(0xCE, 0xFA, 0xED, 0xFE)),
      new Signature("a Java class or macOS universal binary", 0, bytes(0xCA, 0xFE, 0xBA, 0xBE)),
      new Signature("a script", 0, bytes('#', '!')),
      new Signature("a ZIP archive (or a Word, Excel or other Office document)", 0, bytes('P', 'K', 0x03, 0x04)),
      new Signature("a ZIP archive", 0, bytes('P', 'K', 0x05, 0x06)),
      new Signature("an old-style Word or Excel document", 0, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
      new Signature("a gzip archive", 0, bytes(0x1F, 0x8B)),
      new Signature("a RAR archive", 0, bytes('R', 'a', 'r', '!')),
      new Signature("a 7-Zip archive", 0, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
      new Signature("a GIF image", 0, bytes('G', 'I', 'F', '8')),
      new Signature("a WebP image or other RIFF media file", 0, bytes('R', 'I', 'F', 'F')),
      new Signature("an HEIC photo or MP4 video", 4, bytes('f', 't', 'y', 'p')),
      new Signature("an RTF document", 0, bytes('{', '\\', 'r', 't', 'f')));

  private final DataSize maxSize;

  public FileInspection(DataSize maxSize) {
    this.maxSize = maxSize;
  }

  /**
   * @return the media type the content shows
   * @throws FileRefused naming what is wrong, in words an uploader can act on
   */
  public String inspect(byte[] content) {
    if (content == null || content.length == 0) {
      throw new FileRefused(Refusal.EMPTY, "The file is empty");
    }
    if (content.length > maxSize.toBytes()) {
      throw new FileRefused(Refusal.TOO_LARGE, String.format(Locale.ROOT,
          "The file has %,d bytes; the limit for one document is %s (%,d bytes)",
          content.length, readable(maxSize), maxSize.toBytes()));
    }
    String mediaType = mediaTypeOf(content).orElseThrow(() -> unsupported(content));
    if (PDF.equals(mediaType)) {
      requireUsablePdf(content);
    }
    return mediaType;
  }

  static Optional<String> mediaTypeOf(byte[] content) {
    return ACCEPTED.stream().filter(signature -> signature.matches(content)).map(Signature::what).findFirst();
  }

  private static FileRefused unsupported(byte[] content) {
    String message = RECOGNISED.stream().filter(signature -> signature.matches(content)).findFirst()
        .map(signature -> "The file looks like " + signature.what() + "; " + ACCEPTED_TYPES)
        .orElse("The file is not a PDF, TIFF, PNG or JPEG file; " + ACCEPTED_TYPES);
    return new FileRefused(Refusal.UNSUPPORTED_TYPE, message + " (judged by content, not by file name)");
  }

  private static void requireUsablePdf(byte[] content) {
    boolean encrypted;
    int pages;
    try (PDDocument pdf = Loader.loadPDF(content)) {
      encrypted = pdf.isEncrypted();
      pages = pdf.getNumberOfPages();
    } catch (InvalidPasswordException passwordProtected) {
      throw encrypted();
    } catch (IOException | RuntimeException broken) {
      // PDFBox is lenient and repairs what it can; what it cannot open, nobody downstream will either
      throw new FileRefused(Refusal.UNUSABLE_PDF,
          "The file is not a readable PDF: it starts like one but cannot be opened (damaged or incomplete)");
    }
    if (encrypted) {
      // an owner password alone still restricts printing and copying, which a reviewer may need
      throw encrypted();
    }
    if (pages == 0) {
      throw new FileRefused(Refusal.UNUSABLE_PDF, "The PDF has no pages");
    }
  }

  private static FileRefused encrypted() {
    return new FileRefused(Refusal.UNUSABLE_PDF,
        "The PDF is encrypted or password-protected: upload an unprotected copy");
  }

  static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
