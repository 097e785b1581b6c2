package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;
import static org.claimrecovery.support.TestUsers.SPECIALIST;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DocumentApiIT {

  @Autowired Api api;
  @Autowired JdbcClient jdbc;
  // the limits in force, so the oversize cases follow the configuration instead of a second context
  @Value("${recovery.documents.max-size}") DataSize documentLimit;
  @Value("${spring.servlet.multipart.max-file-size}") DataSize multipartLimit;

  @Test
  void anUploadedPdfIsListedAndDownloadsByteForByte(CapturedOutput output) {
    String claimId = newClaim("DOC-1");
    byte[] pdf = TestFiles.pdf(2);

    var uploaded = upload(INTEGRATION, claimId, "PT-SECRET-4711 ER record.pdf", pdf, "MEDICAL_RECORD");

    assertThat(uploaded.status()).isEqualTo(201);
    JsonNode document = uploaded.body();
    String documentId = document.get("id").asText();
    assertThat(uploaded.header("Location")).endsWith("/api/claims/" + claimId + "/documents/" + documentId);
    assertThat(document.get("claimId").asText()).isEqualTo(claimId);
    assertThat(document.get("type").asText()).isEqualTo("MEDICAL_RECORD");
    assertThat(document.get("fileName").asText()).isEqualTo("PT-SECRET-4711 ER record.pdf");
    assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
    assertThat(document.get("sha256").asText()).isEqualTo(DocumentStore.sha256(pdf)).hasSize(64);
    assertThat(document.get("uploadedBy").asText()).isEqualTo(INTEGRATION);
    assertThat(document.get("uploadedAt").asText()).isNotBlank();

    var listed = api.get(AUDITOR, documentsOf(claimId));
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).hasSize(1);
    assertThat(listed.body().get(0)).isEqualTo(document);
    assertThat(api.get(AUDITOR, documentsOf(claimId) + "/" + documentId).body()).isEqualTo(document);

    var download = api.getBytes(AUDITOR, documentsOf(claimId) + "/" + documentId + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(DocumentStore.sha256(download.body())).isEqualTo(document.get("sha256").asText());
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;").contains("PT-SECRET-4711 ER record.pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    // the file name may carry a patient's name: logs show the document id only
    assertThat(output.getAll()).contains(documentId).doesNotContain("PT-SECRET-4711");
  }

  @Test
  void imagesAreStoredWithTheTypeTheirContentShows() {
    String claimId = newClaim("DOC-2");

    var png = upload(SPECIALIST, claimId, "C:\\fakepath\\eob.jpg", TestFiles.image("png"), "REMITTANCE");

    assertThat(png.status()).isEqualTo(201);
    assertThat(png.body().get("mediaType").asText()).isEqualTo("image/png");
    assertThat(png.body().get("fileName").asText()).isEqualTo("eob.jpg");
    assertThat(upload(SPECIALIST, claimId, "bill.tif", TestFiles.image("tiff"), "ITEMIZED_BILL").body()
        .get("mediaType").asText()).isEqualTo("image/tiff");
    assertThat(api.get(AUDITOR, documentsOf(claimId)).body().findValuesAsText("type"))
        .containsExactly("REMITTANCE", "ITEMIZED_BILL");
  }

  @Test
  void anEncryptedPdfIsRefusedAndNothingIsStored() {
    String claimId = newClaim("DOC-3");

    var refused = upload(INTEGRATION, claimId, "records.pdf", TestFiles.encryptedPdf("user-secret"), "MEDICAL_RECORD");

    assertRefused(refused, 422, "The PDF is encrypted or password-protected: upload an unprotected copy");
    assertNoDocuments(claimId);
  }

  @Test
  void aRenamedExecutableIsRefusedAndNothingIsStored() {
    String claimId = newClaim("DOC-4");

    var refused = upload(INTEGRATION, claimId, "denial-letter.pdf", TestFiles.windowsExecutable(), "DENIAL_LETTER");

    assertRefused(refused, 415, "The file looks like a Windows executable");
    assertThat(refused.body().get("detail").asText()).contains("judged by content, not by file name");
    assertNoDocuments(claimId);
  }

  @Test
  void aFileOverTheDocumentLimitIsRefusedAndNothingIsStored() {
    String claimId = newClaim("DOC-5");

    var refused = upload(INTEGRATION, claimId, "scan.png", TestFiles.pngSignatureOf(documentLimit.toBytes() + 1),
        "MEDICAL_RECORD");

    assertRefused(refused, 413, "the limit for one document is " + FileInspection.readable(documentLimit));
    assertNoDocuments(claimId);
  }

  @Test
  void aFileOverTheServletLimitIsRefusedWithTheSameLimitNamed() {
    String claimId = newClaim("DOC-6");

    var refused = upload(INTEGRATION, claimId, "scan.png", TestFiles.pngSignatureOf(multipartLimit.toBytes() + 1),
        "MEDICAL_RECORD");

    assertRefused(refused, 413, "the limit for one document is " + FileInspection.readable(documentLimit));
    assertNoDocuments(claimId);
  }

  @Test
  void aBrokenOrEmptyPdfAndAnEmptyFileAreRefused() {
    String claimId = newClaim("DOC-7");

    assertRefused(upload(INTEGRATION, claimId, "a.pdf", TestFiles.truncatedPdf(), "OTHER"), 422,
        "is not a readable PDF");
    assertRefused(upload(INTEGRATION, claimId, "a.pdf", TestFiles.pdf(0), "OTHER"), 422, "The PDF has no pages");
    var empty = upload(INTEGRATION, claimId, "a.pdf", new byte[0], "OTHER");
    assertRefused(empty, 400, "The file is empty");
    assertThat(empty.body().get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertNoDocuments(claimId);
  }

  @Test
  void aMissingOrUnknownTypeOrFileIsNamed() {
    String claimId = newClaim("DOC-8");

    var missingType = api.upload(INTEGRATION, documentsOf(claimId), "file", "a.pdf", TestFiles.pdf(1), Map.of());
    assertThat(missingType.status()).isEqualTo(400);
    assertThat(missingType.body().get("errors").findValuesAsText("field")).containsExactly("type");
    assertThat(missingType.body().get("errors").get(0).get("message").asText()).contains("MEDICAL_RECORD");

    var unknownType = upload(INTEGRATION, claimId, "a.pdf", TestFiles.pdf(1), "X_RAY");
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.body().get("errors").get(0).get("message").asText())
        .startsWith("is not a known document type");

    var missingFile = api.upload(INTEGRATION, documentsOf(claimId), "attachment", "a.pdf", TestFiles.pdf(1),
        Map.of("type", "OTHER"));
    assertThat(missingFile.status()).isEqualTo(400);
    assertThat(missingFile.body().get("errors").findValuesAsText("field")).containsExactly("file");
    assertNoDocuments(claimId);
  }

  @Test
  void anAuditorReadsButCannotUpload() {
    String claimId = newClaim("DOC-9");

    var refused = upload(AUDITOR, claimId, "a.pdf", TestFiles.pdf(1), "OTHER");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).contains("application/problem+json");
    assertNoDocuments(claimId);
  }

  @Test
  void anUnknownClaimOrDocumentIsNotFound() {
    assertThat(upload(INTEGRATION, "no-such-claim", "a.pdf", TestFiles.pdf(1), "OTHER").status()).isEqualTo(404);
    assertThat(api.get(AUDITOR, documentsOf("no-such-claim")).status()).isEqualTo(404);

    String claimId = newClaim("DOC-10");
    assertThat(api.get(AUDITOR, documentsOf(claimId) + "/no-such-document").status()).isEqualTo(404);
    assertThat(api.getBytes(AUDITOR, documentsOf(claimId) + "/no-such-document/content").statusCode())
        .isEqualTo(404);
  }

  private String newClaim(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isIn(200, 201);
    return created.body().get("id").asText();
  }

  private Api.Response upload(String user, String claimId, String fileName, byte[] content, String type) {
    return api.upload(user, documentsOf(claimId), "file", fileName, content, Map.of("type", type));
  }

  private static String documentsOf(String claimId) {
    return "/api/claims/" + claimId + "/documents";
  }

  private static void assertRefused(Api.Response response, int status, String reason) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).contains("application/problem+json");
    assertThat(response.body().get("detail").asText()).contains(reason);
  }

  private void assertNoDocuments(String claimId) {
    assertThat(api.get(AUDITOR, documentsOf(claimId)).body()).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM claim_document WHERE claim_id = ?").param(claimId)
        .query(Long.class).single()).isZero();
  }
}
