package org.claimrecovery.caseevents;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.web.CurrentUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/claims/{id}/events}: a fact from outside ({@code {"type": ..., fields}}), recorded by the feature
 * that owns its type and handed to the case's process, in one transaction: a fact the process cannot take is not
 * recorded either (409).
 */
@RestController
class CaseEventController {

  private final Map<String, CaseEventHandler> handlers = new TreeMap<>();
  private final CaseEventWorkflow workflow;
  private final ClaimRepository claims;
  private final CurrentUser currentUser;
  private final CaseClock clock;

  CaseEventController(List<CaseEventHandler> handlers, CaseEventWorkflow workflow, ClaimRepository claims,
      CurrentUser currentUser, CaseClock clock) {
    handlers.forEach(handler -> handler.types().forEach(type -> this.handlers.put(type, handler)));
    this.workflow = workflow;
    this.claims = claims;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @PostMapping("/api/claims/{id}/events")
  @Transactional
  Object record(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
    if (claims.findById(id).isEmpty()) {
      throw RequestRejected.notFound("Claim " + id);
    }
    Object type = body == null ? null : body.get("type");
    if (!(type instanceof String name) || !handlers.containsKey(name)) {
      throw RequestRejected.invalid("type", "must be one of " + String.join(", ", handlers.keySet()));
    }
    var recorded = handlers.get(name).record(id, name, new EventFields(body, clock.today()), currentUser.id());
    if (!workflow.deliver(id, recorded.message(), recorded.variables())) {
      throw RequestRejected.conflict("Conflict", "claim " + id + ": its process is not waiting for " + name);
    }
    return recorded.view();
  }
}
