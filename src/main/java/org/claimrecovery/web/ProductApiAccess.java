package org.claimrecovery.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the product API, decided once for every endpoint: reading claims (patient data) needs one of
 * the reader groups, anything that changes a case one of the writer groups. A logged-in user in no such group
 * gets 403 everywhere. Endpoints that need more (the demo clock) check it themselves as well. The demo's pages
 * ({@code /demo}, demo profile only) show claims, so they ask the same, as do the oversight pages ({@code /audit},
 * {@code /calendar}). The outcome report ({@code /api/reports}, {@code /outcomes}) holds no patient data and is for
 * those who oversee the program ({@code outcome-reader-groups}), process owners included. The home page {@code /}
 * is open to every signed-in user; it shows each one the links their groups may use.
 */
@Configuration
public class ProductApiAccess implements WebMvcConfigurer, HandlerInterceptor {

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final CurrentUser currentUser;
  private final List<String> readerGroups;
  private final List<String> writerGroups;
  private final List<String> outcomeReaderGroups;

  ProductApiAccess(CurrentUser currentUser,
      @Value("${recovery.security.claim-reader-groups}") List<String> readerGroups,
      @Value("${recovery.security.claim-writer-groups}") List<String> writerGroups,
      @Value("${recovery.security.outcome-reader-groups}") List<String> outcomeReaderGroups) {
    this.currentUser = currentUser;
    this.readerGroups = readerGroups;
    this.writerGroups = writerGroups;
    this.outcomeReaderGroups = outcomeReaderGroups;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**", "/demo/**", "/audit", "/audit/**", "/calendar",
        "/outcomes");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    try {
      requireAccess(request);
      return true;
    } catch (RequestRejected refused) {
      if (handler instanceof HandlerMethod) {
        throw refused; // answered as a problem by ProblemHandler, with its words
      }
      // a path no controller serves (e.g. spelt with "/./"): the controller advice does not reach it, the error page does
      response.sendError(refused.refusal().status());
      return false;
    }
  }

  private void requireAccess(HttpServletRequest request) {
    boolean reads = READ_METHODS.contains(request.getMethod());
    // the decoded, normalized path the request is dispatched by, whatever its spelling in the URL
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (reads && (path.startsWith("/api/reports/") || path.equals("/outcomes"))) {
      currentUser.requireAnyGroup(outcomeReaderGroups);
      return;
    }
    currentUser.requireAnyGroup(reads ? readerGroups : writerGroups);
  }

  /** The groups that may read the outcome report. */
  public List<String> outcomeReaderGroups() {
    return outcomeReaderGroups;
  }

  /** The groups that may read claims (and so the calendar and case histories). */
  public List<String> claimReaderGroups() {
    return readerGroups;
  }
}
