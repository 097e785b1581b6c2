package org.claimrecovery.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container answers itself (an unknown path, a malformed URL, a failure outside a
 * controller) as RFC 7807 problems like every other error, without internals. Called directly, {@code /error}
 * is a page that does not exist.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
        ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    problem.setType(URI.create("urn:claim-recovery:problem:" + status.getReasonPhrase().toLowerCase().replace(' ', '-')));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String detail(HttpStatus status) {
    if (status == HttpStatus.NOT_FOUND) {
      return "There is nothing at this address.";
    }
    return status.is5xxServerError() ? "The service failed to answer this request; it has been logged."
        : "The request could not be understood (" + status.getReasonPhrase() + ").";
  }
}
