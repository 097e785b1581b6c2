package org.claimrecovery.process.documents;

import org.claimrecovery.documents.DisputeMechanism;

/** The call activity documentationCheck (bpmn/documentation-check.bpmn): what its caller passes in and gets back. */
final class DocumentationCheckVariables {

  static final String PROCESS_KEY = "documentationCheck";
  /** In: a {@link DisputeMechanism} name. */
  static final String MECHANISM = "mechanism";
  /** In: the internal appeal's level (1, 2); null outside an internal appeal. */
  static final String LEVEL = "level";
  /** In: the filing deadline, ISO date; null when the caller has none. */
  static final String FILING_DUE_DATE = "filingDueDate";
  /** Out: whether every required document is on file. */
  static final String DOCUMENTS_COMPLETE = "documentsComplete";
  /** Out: the missing documents and why, as form markdown (gatherDocuments shows it). */
  static final String MISSING_DOCUMENTS_SUMMARY = "missingDocumentsSummary";

  private DocumentationCheckVariables() {}
}
