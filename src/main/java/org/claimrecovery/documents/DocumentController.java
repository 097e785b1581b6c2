package org.claimrecovery.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/claims/{claimId}/documents")
class DocumentController {

  private final DocumentStore store;
  private final CurrentUser currentUser;

  DocumentController(DocumentStore store, CurrentUser currentUser) {
    this.store = store;
    this.currentUser = currentUser;
  }

  /** Multipart {@code file} and {@code type}; both are checked here so that a missing one is named. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<StoredDocument> upload(@PathVariable String claimId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "type", required = false) String type) {
    var problems = new ArrayList<FieldProblem>();
    DocumentType documentType = parseType(type, problems);
    if (file == null) {
      problems.add(new FieldProblem("file", "is required"));
    }
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(problems);
    }
    StoredDocument stored = store.store(claimId, documentType, file.getOriginalFilename(), bytesOf(file),
        currentUser.id());
    return ResponseEntity.created(URI.create("/api/claims/" + claimId + "/documents/" + stored.id())).body(stored);
  }

  @GetMapping
  List<StoredDocument> list(@PathVariable String claimId) {
    return store.list(claimId);
  }

  @GetMapping("/{documentId}")
  StoredDocument get(@PathVariable String claimId, @PathVariable String documentId) {
    return store.get(claimId, documentId);
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<byte[]> content(@PathVariable String claimId, @PathVariable String documentId) {
    DocumentContent content = store.content(claimId, documentId);
    StoredDocument document = content.document();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .contentLength(document.sizeBytes())
        .header("Content-Disposition", attachment(document.fileName()))
        // medical records: no shared caches, and no browser guessing a different type than the one checked
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .eTag(document.sha256())
        .body(content.bytes());
  }

  /** A plain quoted name when ASCII suffices; otherwise also the RFC 5987 form that browsers decode. */
  private static String attachment(String fileName) {
    var disposition = ContentDisposition.attachment();
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
    return (ascii ? disposition.filename(fileName) : disposition.filename(fileName, StandardCharsets.UTF_8))
        .build().toString();
  }

  private static DocumentType parseType(String type, List<FieldProblem> problems) {
    String known = String.join(", ", Arrays.stream(DocumentType.values()).map(Enum::name).toList());
    if (type == null || type.isBlank()) {
      problems.add(new FieldProblem("type", "is required: one of " + known));
      return null;
    }
    try {
      return DocumentType.valueOf(type.strip());
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem("type", "is not a known document type: one of " + known));
      return null;
    }
  }

  private static byte[] bytesOf(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read the uploaded file", unreadable);
    }
  }
}
