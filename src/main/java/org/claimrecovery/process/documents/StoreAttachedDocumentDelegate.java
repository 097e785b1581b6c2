package org.claimrecovery.process.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.documents.DocumentStore;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.process.ProcessValues;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Component;

/**
 * Stores the file a user attached in Tasklist (process attach-document) with the claim's documents, through
 * the same checks as the API, and removes the file variable: files never stay in the engine. A refusal
 * refuses the start (400 with the reason in Tasklist); the transaction rolls back and nothing is stored.
 */
@Component
class StoreAttachedDocumentDelegate implements JavaDelegate {

  static final String DOCUMENT = "document";

  private final ClaimRepository claims;
  private final DocumentStore documents;
  private final IdentityService identityService;

  StoreAttachedDocumentDelegate(ClaimRepository claims, DocumentStore documents, IdentityService identityService) {
    this.claims = claims;
    this.documents = documents;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String claimNumber = text(execution.getVariable("claimNumber"));
    String payerId = text(execution.getVariable("payerId"));
    Claim claim = claims.findByPayerClaimNumber(payerId, claimNumber)
        .orElseThrow(() -> new DecisionRefused("claimNumber",
            "No claim " + claimNumber + " of payer " + payerId + " exists"));
    DocumentType type = documentType(execution.getVariable("documentType"));
    FileValue file = execution.getVariableTyped(DOCUMENT);
    if (file == null || file.getValue() == null) {
      throw new DecisionRefused(DOCUMENT, "A file is required");
    }
    StoredDocument stored;
    try {
      stored = documents.store(claim.id(), type, file.getFilename(), bytesOf(file),
          ProcessValues.actingUser(identityService, "unknown"));
    } catch (RequestRejected refused) {
      throw new DecisionRefused(DOCUMENT, refused.getMessage());
    }
    execution.removeVariable(DOCUMENT);
    execution.setProcessBusinessKey(claim.id());
    execution.setVariable("claimId", claim.id());
    execution.setVariable("documentId", stored.id());
  }

  private static DocumentType documentType(Object value) {
    String type = text(value);
    try {
      return DocumentType.valueOf(type);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new DecisionRefused("documentType", "Unknown document type " + type);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  private static byte[] bytesOf(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read the attached file", unreadable);
    }
  }
}
