package org.claimrecovery.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.claimrecovery.refusal.Refusal;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the product's API is an RFC 7807 problem that says what to fix. */
@RestControllerAdvice(basePackages = "org.claimrecovery")
class ProblemHandler extends ResponseEntityExceptionHandler {

  private final DataSize documentMaxSize;

  ProblemHandler(@Value("${recovery.documents.max-size}") DataSize documentMaxSize) {
    this.documentMaxSize = documentMaxSize;
  }

  @ExceptionHandler(RequestRejected.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejected rejected) {
    return ResponseEntity.status(Problems.status(rejected)).body(Problems.of(rejected));
  }

  /** Unreadable JSON, or a value of the wrong type: name the field when Jackson knows it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    RequestRejected rejected = ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? Problems.unmappable(mapping, "")
        : new RequestRejected(Refusal.INVALID, "Unreadable request", "The body is not valid JSON for this request");
    return problem(rejected);
  }

  /**
   * The servlet's multipart limit sits a little above the document limit, so this answers only uploads far
   * too large for the document check to see; it states the limit the uploader has to meet.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (causedByPartHeaders(ex)) {
      return problem(RequestRejected.invalid("file", "the part's headers (e.g. its file name) are too long"));
    }
    long mb = documentMaxSize.toMegabytes();
    String limit = documentMaxSize.equals(DataSize.ofMegabytes(mb)) ? mb + " MB" : documentMaxSize.toBytes() + " bytes";
    var rejected = new RequestRejected(Refusal.TOO_LARGE, "File too large",
        "The upload is larger than the service accepts; the limit for one document is " + limit);
    return problem(rejected);
  }

  /** A multipart body the container cannot parse, e.g. a file name with a NUL character. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException unreadable) {
    Throwable cause = unreadable.getMostSpecificCause();
    String message = cause instanceof InvalidFileNameException
        ? "the file name contains characters a file name may not have (e.g. NUL)"
        : "is not readable as a multipart/form-data upload";
    return rejected(RequestRejected.invalid("file", message));
  }

  private static boolean causedByPartHeaders(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().toLowerCase().contains("header")) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<Object> problem(RequestRejected rejected) {
    return ResponseEntity.status(Problems.status(rejected)).body(Problems.of(rejected));
  }
}
