package org.claimrecovery.documents;

import java.util.List;

/**
 * The rules naming the documents a filing requires: the process owners' decision table requiredDocuments
 * (bpmn/required-documents.dmn), evaluated on the process engine.
 */
public interface RequiredDocumentRules {

  /** One entry per matching rule, in the table's order; empty when no rule names a document. */
  List<RequiredDocument> requiredFor(Filing filing);
}
