package org.claimrecovery.web;

import java.util.Collection;
import java.util.List;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who calls the product's API. The authentication filter has checked the credentials and put the caller on
 * the request ({@link #of}); it has also told the engine, so engine calls of the request run as this user.
 */
@Component
public class CurrentUser {

  private static final String ATTRIBUTE = CurrentUser.class.getName();

  /** A verified caller and the groups they are in now. */
  public record Caller(String id, List<String> groups) {}

  /** Makes {@code caller} the current user of the request being served. */
  public static void of(jakarta.servlet.ServletRequest request, Caller caller) {
    request.setAttribute(ATTRIBUTE, caller);
  }

  public String id() {
    Caller caller = caller();
    if (caller == null) {
      // the filter guards every /api path; reaching here unauthenticated is a wiring error
      throw new IllegalStateException("no authenticated user for this request");
    }
    return caller.id();
  }

  public List<String> groups() {
    Caller caller = caller();
    return caller == null ? List.of() : caller.groups();
  }

  public void requireGroup(String group) {
    requireAnyGroup(List.of(group));
  }

  public void requireAnyGroup(Collection<String> allowed) {
    if (groups().stream().noneMatch(allowed::contains)) {
      throw RequestRejected.forbidden("This needs membership of one of " + allowed);
    }
  }

  private static Caller caller() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return request == null ? null
        : (Caller) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
  }
}
