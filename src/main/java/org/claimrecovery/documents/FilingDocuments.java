package org.claimrecovery.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Service;

/**
 * Whether a claim has every document a filing requires, before any mechanism files (domain brief, mistake 3:
 * incomplete documentation is the top reason first-level appeals fail). The rules are the process owners' table;
 * the documents on file are the claim's uploads.
 */
@Service
public class FilingDocuments {

  private final RequiredDocumentRules rules;
  private final DocumentRepository documents;
  private final ClaimRepository claims;

  FilingDocuments(RequiredDocumentRules rules, DocumentRepository documents, ClaimRepository claims) {
    this.rules = rules;
    this.documents = documents;
    this.claims = claims;
  }

  /**
   * @param level the internal appeal's level; null outside an internal appeal
   * @throws IllegalStateException when the rules name no document at all for the mechanism: a table that lost its
   *     rows must stop the filing (an incident) rather than let it go out unchecked
   */
  public DocumentationCheck check(String claimId, DisputeMechanism mechanism, Integer level) {
    Claim claim = claims.findById(claimId).orElseThrow(() -> RequestRejected.notFound("Claim " + claimId));
    var filing = new Filing(mechanism, level, claim.pathway(),
        claim.denial() == null ? null : claim.denial().reasonCode());
    List<RequiredDocument> required = merged(rules.requiredFor(filing));
    if (required.isEmpty()) {
      throw new IllegalStateException("The decision requiredDocuments names no document for " + filing
          + ": every mechanism requires some; add its rows before filing");
    }
    Set<DocumentType> onFile = documents.list(claimId).stream().map(StoredDocument::type).collect(Collectors.toSet());
    var missing = required.stream().filter(document -> !document.isMetBy(onFile)).toList();
    return new DocumentationCheck(claimId, claim.claimNumber(), claim.payer().id(), filing, required, missing);
  }

  /** Two rules requiring the same document (same type and alternatives) ask for it once, with both reasons. */
  private static List<RequiredDocument> merged(List<RequiredDocument> rows) {
    var byDocument = new LinkedHashMap<List<DocumentType>, RequiredDocument>();
    for (RequiredDocument row : rows) {
      byDocument.merge(row.satisfiedBy(), row, (first, second) -> new RequiredDocument(first.type(),
          first.alternatives(), first.why().equals(second.why()) ? first.why() : first.why() + " " + second.why()));
    }
    return new ArrayList<>(byDocument.values());
  }
}
