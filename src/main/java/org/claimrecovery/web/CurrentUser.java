package org.claimrecovery.web;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Component;

/**
 * Who calls the product's API. The engine's authentication filter has already checked the
 * credentials and set the engine authentication for this request.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      // the filter guards every /api path; reaching here unauthenticated is a wiring error
      throw new IllegalStateException("no authenticated user for this request");
    }
    return authentication.getUserId();
  }

  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  public void requireGroup(String group) {
    requireAnyGroup(List.of(group));
  }

  public void requireAnyGroup(Collection<String> allowed) {
    if (groups().stream().noneMatch(allowed::contains)) {
      throw RequestRejected.forbidden("This needs membership of one of " + allowed);
    }
  }
}
