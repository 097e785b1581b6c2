package org.claimrecovery.deadlines;

import java.util.Optional;

/** Where the facts of a case come from (the claims feature); empty when there is no such case. */
public interface CaseFactsSource {

  Optional<CaseFacts> factsOf(String caseId);
}
