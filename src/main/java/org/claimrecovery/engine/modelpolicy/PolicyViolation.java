package org.claimrecovery.engine.modelpolicy;

/** One thing in a deployment the model policy refuses: where it is and why. */
record PolicyViolation(String resource, String elementId, String problem) {

  @Override
  public String toString() {
    return resource + (elementId == null ? "" : ", element " + elementId) + ": " + problem;
  }
}
