package org.claimrecovery.remittance;

import java.util.List;
import org.claimrecovery.refusal.Refusal;
import org.claimrecovery.refusal.RequestRejected;

/** A file that is not a valid X12 835: refused as a whole, with every problem found and where it is. */
public class RemittanceRefused extends RequestRejected {

  private final List<FileProblem> problems;

  RemittanceRefused(Refusal refusal, String detail, List<FileProblem> problems) {
    super(refusal, "Remittance refused", detail);
    this.problems = List.copyOf(problems);
  }

  /** Readable as X12, but not an 835 of 005010X221A1's structure: 422. */
  static RemittanceRefused structure(List<FileProblem> problems) {
    return new RemittanceRefused(Refusal.UNPROCESSABLE, "The file is not a valid X12 835 (005010X221A1); nothing "
        + "was imported. First problem: " + problems.get(0), problems);
  }

  /** Not readable as X12 at all (no ISA, a cut-off interchange): 400. */
  static RemittanceRefused unreadable(FileProblem problem) {
    return new RemittanceRefused(Refusal.INVALID, "The file cannot be read as an X12 interchange; nothing was "
        + "imported: " + problem, List.of(problem));
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
