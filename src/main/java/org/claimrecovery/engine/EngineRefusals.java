package org.claimrecovery.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An engine call of the product API that the engine's authorizations refuse answers 403, as a problem. */
@RestControllerAdvice(basePackages = "org.claimrecovery")
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineRefusals {

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> notAuthorized(AuthorizationException denied) {
    var rejected = RequestRejected.forbidden(denied.getMessage());
    return ResponseEntity.status(Problems.status(rejected)).body(Problems.of(rejected));
  }
}
