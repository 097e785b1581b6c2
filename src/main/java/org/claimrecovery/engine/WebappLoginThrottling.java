package org.claimrecovery.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form (Tasklist, Cockpit, Admin) counts failures in the same {@link LoginThrottle} as the
 * APIs, since Camunda's own per-account lock is switched off.
 */
@Configuration
class WebappLoginThrottling {

  /** A login form is a few hundred bytes; anything longer is not read here. */
  private static final int MAX_FORM_BYTES = 8192;

  @Bean
  FilterRegistrationBean<ThrottledLogin> webappLoginThrottle(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new ThrottledLogin(throttle));
    registration.setName("webapp-login-throttle");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(2);
    return registration;
  }

  static final class ThrottledLogin extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    ThrottledLogin(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES);
      String userId = formField(new String(form, StandardCharsets.UTF_8), "username");
      String address = request.getRemoteAddr();
      var wait = throttle.waitBeforeTrying(address, userId);
      if (wait.isPresent()) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
        ApiAuthentication.problem(response, HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed logins from this address; try again later.");
        return;
      }
      chain.doFilter(new ReplayedBody(request, form), response);
      if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
        throttle.failed(address, userId);
      } else if (response.getStatus() < 300) {
        throttle.succeeded(address, userId);
      }
    }

    private static String formField(String form, String name) {
      for (String pair : form.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).equals(name)) {
          return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        }
      }
      return "";
    }
  }

  /** The request with its already read form body, for the login resource to read again. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
