package org.claimrecovery.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
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

  /** This refusal as an RFC 7807 problem document. */
  public ProblemDetail problem() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setTitle(title);
    problem.setType(URI.create("urn:claim-recovery:problem:" + title.toLowerCase().replace(' ', '-')));
    if (!fieldProblems.isEmpty()) {
      problem.setProperty("errors", fieldProblems);
    }
    return problem;
  }

  /** A value Jackson could not map, named by its JSON path below {@code prefix} (e.g. {@code [3].lines[0].qpa}). */
  public static RequestRejected unmappable(JsonMappingException mapping, String prefix) {
    String path = mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining());
    String field = prefix.isEmpty() && path.startsWith(".") ? path.substring(1) : prefix + path;
    String message = mapping instanceof UnrecognizedPropertyException ? "is not a known field"
        : "has a value of the wrong type";
    return invalid(List.of(new FieldProblem(field.isEmpty() ? "body" : field, message)));
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
