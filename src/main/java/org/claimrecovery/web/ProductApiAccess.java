package org.claimrecovery.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the product API, decided once for every endpoint: reading claims (patient data) needs one of
 * the reader groups, anything that changes a case one of the writer groups. A logged-in user in no such group
 * gets 403 everywhere. Endpoints that need more (the demo clock) check it themselves as well. The demo's pages
 * ({@code /demo}, demo profile only) show claims, so they ask the same.
 */
@Configuration
class ProductApiAccess implements WebMvcConfigurer, HandlerInterceptor {

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final CurrentUser currentUser;
  private final List<String> readerGroups;
  private final List<String> writerGroups;

  ProductApiAccess(CurrentUser currentUser,
      @Value("${recovery.security.claim-reader-groups}") List<String> readerGroups,
      @Value("${recovery.security.claim-writer-groups}") List<String> writerGroups) {
    this.currentUser = currentUser;
    this.readerGroups = readerGroups;
    this.writerGroups = writerGroups;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**", "/demo/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    currentUser.requireAnyGroup(READ_METHODS.contains(request.getMethod()) ? readerGroups : writerGroups);
    return true;
  }
}
