package org.claimrecovery.refusal;

/** Why the product refuses a request, in its own words; the web layer answers each with its HTTP status. */
public enum Refusal {
  INVALID(400),
  FORBIDDEN(403),
  NOT_FOUND(404),
  /** The case is not in a state to take it (e.g. nothing waits for a payment). */
  CONFLICT(409),
  TOO_LARGE(413),
  UNSUPPORTED_TYPE(415),
  /** Well-formed, but its content cannot be processed (e.g. an encrypted PDF). */
  UNPROCESSABLE(422);

  private final int status;

  Refusal(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
