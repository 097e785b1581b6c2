package org.claimrecovery.documents;

/** What a document is to the case; chosen by the uploader, not guessed from the file. */
public enum DocumentType {
  MEDICAL_RECORD,
  ITEMIZED_BILL,
  REMITTANCE,
  MARKET_EVIDENCE,
  DENIAL_LETTER,
  CORRESPONDENCE,
  OTHER
}
