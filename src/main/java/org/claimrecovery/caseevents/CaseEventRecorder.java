package org.claimrecovery.caseevents;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a fact from outside ({@code {"type": ..., fields}}) by the feature that owns its type and hands it to the
 * case's process, in one transaction: a fact the process cannot take is not recorded either (409). The API
 * ({@code POST /api/claims/{id}/events}) and the demo's cases already in progress record events through here.
 */
@Service
public class CaseEventRecorder {

  private final Map<String, CaseEventHandler> handlers = new TreeMap<>();
  private final CaseEventWorkflow workflow;
  private final ClaimRepository claims;
  private final CaseClock clock;

  CaseEventRecorder(List<CaseEventHandler> handlers, CaseEventWorkflow workflow, ClaimRepository claims,
      CaseClock clock) {
    handlers.forEach(handler -> handler.types().forEach(type -> this.handlers.put(type, handler)));
    this.workflow = workflow;
    this.claims = claims;
    this.clock = clock;
  }

  /** @return the owning feature's state after the event, as the API answers it */
  @Transactional
  public Object record(String claimId, Map<String, Object> event, String user) {
    if (claims.findById(claimId).isEmpty()) {
      throw RequestRejected.notFound("Claim " + claimId);
    }
    Object type = event == null ? null : event.get("type");
    if (!(type instanceof String name) || !handlers.containsKey(name)) {
      throw RequestRejected.invalid("type", "must be one of " + String.join(", ", handlers.keySet()));
    }
    var recorded = handlers.get(name).record(claimId, name, new EventFields(event, clock.today()), user);
    if (!workflow.deliver(claimId, recorded.message(), recorded.variables())) {
      throw RequestRejected.conflict("Conflict", "claim " + claimId + ": its process is not waiting for " + name);
    }
    return recorded.view();
  }
}
