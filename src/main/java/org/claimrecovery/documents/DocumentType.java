package org.claimrecovery.documents;

/** What a document is to the case; chosen by the uploader, not guessed from the file. */
public enum DocumentType {
  MEDICAL_RECORD("Medical records"),
  ITEMIZED_BILL("Itemized bill"),
  REMITTANCE("Remittance advice (EOB/ERA)"),
  MARKET_EVIDENCE("Market evidence"),
  DENIAL_LETTER("Denial letter"),
  CORRESPONDENCE("Correspondence with the payer"),
  /** The payer's decision on an internal appeal: the level-1 decision, or the final internal adverse determination. */
  APPEAL_DECISION_LETTER("Appeal decision letter"),
  /** The treating provider's letter on why the care was medically necessary, against a medical-judgment denial. */
  MEDICAL_NECESSITY_LETTER("Letter of medical necessity"),
  OTHER("Other document");

  private final String words;

  DocumentType(String words) {
    this.words = words;
  }

  /** The type as a person names it, e.g. on a form. */
  public String words() {
    return words;
  }
}
