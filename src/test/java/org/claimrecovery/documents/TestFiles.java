package org.claimrecovery.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small real files of every kind an upload meets, made on the spot. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] pdf(int pages) {
    try (var document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      return saved(document);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Protected as PDF readers do it; an empty user password opens the file but keeps it encrypted. */
  public static byte[] encryptedPdf(String userPassword) {
    try (var document = new PDDocument()) {
      document.addPage(new PDPage());
      var policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return saved(document);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  public static byte[] truncatedPdf() {
    byte[] whole = pdf(1);
    return Arrays.copyOf(whole, 40);
  }

  public static byte[] image(String format) {
    var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x3366cc);
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return out.toByteArray();
  }

  /** The start of a Windows program: "MZ", then the DOS stub's usual bytes. */
  public static byte[] windowsExecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[2] = (byte) 0x90;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 78, stub.length);
    return exe;
  }

  public static byte[] zip() {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("records.pdf"));
      zip.write(pdf(1));
      zip.closeEntry();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return out.toByteArray();
  }

  /** {@code size} bytes that begin like a PNG: enough for the type check, and cheap to make large. */
  public static byte[] pngSignatureOf(long size) {
    byte[] bytes = new byte[Math.toIntExact(size)];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  private static byte[] saved(PDDocument document) throws IOException {
    var out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
