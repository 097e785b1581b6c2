package org.claimrecovery.caseevents;

import java.util.Map;
import org.claimrecovery.web.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/claims/{id}/events}: a fact from outside ({@code {"type": ..., fields}}), recorded by the feature
 * that owns its type and handed to the case's process, in one transaction ({@link CaseEventRecorder}).
 */
@RestController
class CaseEventController {

  private final CaseEventRecorder recorder;
  private final CurrentUser currentUser;

  CaseEventController(CaseEventRecorder recorder, CurrentUser currentUser) {
    this.recorder = recorder;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/claims/{id}/events")
  Object record(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
    return recorder.record(id, body, currentUser.id());
  }
}
