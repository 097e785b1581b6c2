package org.claimrecovery.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.claimrecovery.web.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against Camunda's identity service on the engine REST API, the product API, the oversight pages (the
 * home page {@code /}, {@code /audit}, {@code /calendar}, {@code /outcomes}) and the demo's pages ({@code /demo},
 * which exist in the demo profile only), for every request under those paths without exception.
 * The filter tells the engine who is calling, so that its authorizations apply to every engine call of the request.
 * The webapps under /camunda keep their own session login ({@link WebappLoginThrottling}).
 *
 * <p>Which requests need a login is decided on the path the servlet container dispatches by (decoded,
 * normalized, without {@code ;parameters}), so no spelling of a URL reaches the API unauthenticated.
 */
@Configuration
class ApiAuthentication {

  static final List<String> PROTECTED_ROOTS = List.of("/api", "/engine-rest", "/demo", "/audit", "/calendar",
      "/outcomes");

  /** The servlet container builds filters before the engine and Flyway are up: their parts are looked up late. */
  @Bean
  FilterRegistrationBean<BasicAuthentication> apiAuthenticationFilter(ObjectProvider<VerifiedCredentials> credentials,
      LoginThrottle throttle, ObjectProvider<IdentityService> identity) {
    var registration = new FilterRegistrationBean<>(new BasicAuthentication(credentials, throttle, identity));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/*");
    registration.setOrder(1);
    return registration;
  }

  static boolean isProtected(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    // the home page, "/" itself: it shows each signed-in person the links their groups may use
    return path.isEmpty() || path.equals("/")
        || PROTECTED_ROOTS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
  }

  /** An RFC 7807 problem written by a filter, before Spring MVC's handlers are reached. */
  static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", "urn:claim-recovery:problem:" + status.getReasonPhrase().toLowerCase().replace(' ', '-'));
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    new ObjectMapper().writeValue(response.getOutputStream(), body);
  }

  static final class BasicAuthentication extends OncePerRequestFilter {

    private final ObjectProvider<VerifiedCredentials> credentials;
    private final LoginThrottle throttle;
    private final ObjectProvider<IdentityService> identity;

    BasicAuthentication(ObjectProvider<VerifiedCredentials> credentials, LoginThrottle throttle,
        ObjectProvider<IdentityService> identity) {
      this.credentials = credentials;
      this.throttle = throttle;
      this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !isProtected(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String[] userAndPassword = basicCredentials(request.getHeader("Authorization"));
      if (userAndPassword == null) {
        challenge(response, "Log in with HTTP Basic credentials of a user of this service.");
        return;
      }
      String userId = userAndPassword[0];
      String address = request.getRemoteAddr();
      var wait = throttle.waitBeforeTrying(address, userId);
      if (wait.isPresent()) {
        tooManyFailures(response, wait.get());
        return;
      }
      var caller = credentials.getObject().verify(userId, userAndPassword[1]);
      if (caller.isEmpty()) {
        throttle.failed(address, userId);
        challenge(response, "The user name or password is wrong.");
        return;
      }
      throttle.succeeded(address, userId);
      CurrentUser.of(request, new CurrentUser.Caller(caller.get().userId(), caller.get().groupIds()));
      IdentityService engineIdentity = identity.getObject();
      engineIdentity.setAuthentication(caller.get().userId(), caller.get().groupIds());
      try {
        chain.doFilter(request, response);
      } finally {
        engineIdentity.clearAuthentication();
      }
    }

    /** {user, password}, or null when the header is missing or not Basic. */
    private static String[] basicCredentials(String header) {
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }

    private static void challenge(HttpServletResponse response, String detail) throws IOException {
      response.setHeader("WWW-Authenticate", "Basic realm=\"claim-recovery\"");
      problem(response, HttpStatus.UNAUTHORIZED, detail);
    }

    private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
      long seconds = Math.max(1, wait.toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins from this address; try again in "
          + seconds + " seconds.");
    }
  }
}
