package org.claimrecovery.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A guard's refusal (a task completed against a rule: 400 with the reason) is the product working, not a
 * failure: the engine would log it as ENGINE-16004 at ERROR with a stack trace, because its listener wraps the
 * refusal. Those events are dropped; the caller gets the reason, and real failures still log as errors.
 */
@Component
class RefusalsAreNotErrors extends TurboFilter {

  /** Camunda's logger for command failures (ContextLogger). */
  static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
      logging.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    boolean refusal = (t != null && isRefusal(t))
        || (params != null && Arrays.stream(params).anyMatch(p -> p instanceof Throwable thrown && isRefusal(thrown)));
    return refusal ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException
          || cause instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }
}
