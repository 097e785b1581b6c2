package org.claimrecovery.refusal;

import java.util.List;

/**
 * A request the product refuses, with what is wrong: thrown by the domain, answered by the web layer as an
 * RFC 7807 problem (web/ProblemHandler).
 */
public class RequestRejected extends RuntimeException {

  private final Refusal refusal;
  private final String title;
  private final List<FieldProblem> fieldProblems;

  public RequestRejected(Refusal refusal, String title, String detail) {
    this(refusal, title, detail, List.of());
  }

  public RequestRejected(Refusal refusal, String title, String detail, List<FieldProblem> fieldProblems) {
    super(detail);
    this.refusal = refusal;
    this.title = title;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public static RequestRejected invalid(List<FieldProblem> problems) {
    String detail = problems.size() == 1
        ? "1 field is invalid: " + problems.get(0).field()
        : problems.size() + " fields are invalid: "
            + String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList());
    return new RequestRejected(Refusal.INVALID, "Invalid request", detail, problems);
  }

  public static RequestRejected invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  public static RequestRejected notFound(String what) {
    return new RequestRejected(Refusal.NOT_FOUND, "Not found", what + " does not exist or is not visible to you");
  }

  public static RequestRejected forbidden(String detail) {
    return new RequestRejected(Refusal.FORBIDDEN, "Forbidden", detail);
  }

  public static RequestRejected conflict(String title, String detail) {
    return new RequestRejected(Refusal.CONFLICT, title, detail);
  }

  public Refusal refusal() {
    return refusal;
  }

  public String title() {
    return title;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
