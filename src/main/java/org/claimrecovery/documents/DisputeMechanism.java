package org.claimrecovery.documents;

/** A way of disputing a claim that files papers with someone; each requires its documents (decision requiredDocuments). */
public enum DisputeMechanism {
  INTERNAL_APPEAL("internal appeal"),
  EXTERNAL_REVIEW("external review"),
  STATE_DISPUTE("state dispute process"),
  REGULATOR_COMPLAINT("complaint to the insurance regulator"),
  FEDERAL_IDR("federal IDR initiation");

  private final String words;

  DisputeMechanism(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
