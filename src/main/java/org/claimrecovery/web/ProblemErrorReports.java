package org.claimrecovery.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any servlet sees them (an encoded NUL or slash in the path, a malformed
 * URL) get an RFC 7807 problem like every other refusal, instead of Tomcat's HTML error page. Replaces the
 * error report valve of the host, after Spring Boot has configured its own.
 */
@Component
class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        for (var valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve) {
            host.getPipeline().removeValve(valve);
          }
        }
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        host.getPipeline().addValve(new ProblemReportValve());
      }
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Writes the status as a problem document; nothing about the server or the failure's internals. */
  public static class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      HttpStatus known = HttpStatus.resolve(status);
      String title = known != null ? known.getReasonPhrase() : "Error";
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"type\":\"urn:claim-recovery:problem:" + title.toLowerCase().replace(' ', '-')
              + "\",\"title\":\"" + title + "\",\"status\":" + status
              + ",\"detail\":\"The request could not be read as a valid address or message.\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException notWritten) {
        // the client went away or the response was already sent: nothing more to say
      }
    }
  }
}
