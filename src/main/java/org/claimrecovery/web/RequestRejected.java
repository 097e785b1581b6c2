package org.claimrecovery.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the product refuses, answered as an RFC 7807 problem. */
public class RequestRejected extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldProblem> fieldProblems;

  public RequestRejected(HttpStatus status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public RequestRejected(HttpStatus status, String title, String detail, List<FieldProblem> fieldProblems) {
    super(detail);
    this.status = status;
    this.title = title;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public static RequestRejected invalid(List<FieldProblem> problems) {
    String detail = problems.size() == 1
        ? "1 field is invalid: " + problems.get(0).field()
        : problems.size() + " fields are invalid: "
            + String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList());
    return new RequestRejected(HttpStatus.BAD_REQUEST, "Invalid request", detail, problems);
  }

  public static RequestRejected invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  public static RequestRejected notFound(String what) {
    return new RequestRejected(HttpStatus.NOT_FOUND, "Not found", what + " does not exist or is not visible to you");
  }

  public static RequestRejected forbidden(String detail) {
    return new RequestRejected(HttpStatus.FORBIDDEN, "Forbidden", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
