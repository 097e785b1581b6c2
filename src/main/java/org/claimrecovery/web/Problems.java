package org.claimrecovery.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Refusals as the API answers them: RFC 7807 problems with the HTTP status of their kind. */
public final class Problems {

  private Problems() {}

  public static HttpStatus status(RequestRejected rejected) {
    return HttpStatus.valueOf(rejected.refusal().status());
  }

  public static ProblemDetail of(RequestRejected rejected) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(rejected), rejected.getMessage());
    problem.setTitle(rejected.title());
    problem.setType(URI.create("urn:claim-recovery:problem:" + rejected.title().toLowerCase().replace(' ', '-')));
    if (!rejected.fieldProblems().isEmpty()) {
      problem.setProperty("errors", rejected.fieldProblems());
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
    return RequestRejected.invalid(List.of(new FieldProblem(field.isEmpty() ? "body" : field, message)));
  }
}
