package org.claimrecovery.correspondence;

import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Reads a failed SMTP send: did the message surely not leave? Only then may a retry send it. A failure
 * while the server was taking the message, or after it (closing the connection), may follow a hand-off.
 */
final class SmtpHandOff {

  private SmtpHandOff() {}

  static boolean surelyDidNotHappen(MailException failure) {
    if (failure instanceof MailAuthenticationException || failure instanceof MailPreparationException
        || failure instanceof MailParseException) {
      return true;
    }
    if (!(failure instanceof MailSendException send)) {
      return false;
    }
    // without per-message failures the send went through and closing the connection failed
    Exception[] perMessage = send.getMessageExceptions();
    return perMessage.length > 0
        && Arrays.stream(perMessage).allMatch(e -> couldNotConnect(e) || refusedByServer(e));
  }

  /** No connection, no hand-off (Spring reports a failed connect as a failure of every message). */
  private static boolean couldNotConnect(Exception exception) {
    return causedBy(exception, MailConnectException.class) || causedBy(exception, ConnectException.class)
        || causedBy(exception, UnknownHostException.class);
  }

  /** The server answered that it does not take the message or its recipients. */
  private static boolean refusedByServer(Exception exception) {
    return exception instanceof SendFailedException refused
        && (refused.getValidSentAddresses() == null || refused.getValidSentAddresses().length == 0);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
