package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.ADMIN;

import com.icegreen.greenmail.util.GreenMail;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Catching its own mail is the demo's: outside the demo profile the service sends to the mail server it is given
 * and starts none of its own, and the demo mail page does not exist.
 */
@IntegrationTest
class DemoMailAbsentIT {

  @Autowired Api api;
  @Autowired ApplicationContext context;
  @Autowired JavaMailSenderImpl mailSender;

  @Test
  void outsideTheDemoMailGoesToTheNamedServerAndNoPageListsIt() {
    assertThat(context.getBeanNamesForType(GreenMail.class)).isEmpty();
    // application.yaml's host, application-test.yaml's port (the tests' GreenMail)
    assertThat(mailSender.getHost()).isEqualTo("localhost");
    assertThat(mailSender.getPort()).isEqualTo(3025);

    assertThat(api.get(null, "/demo/mail").status()).isEqualTo(401);
    assertThat(api.get(ADMIN, "/demo/mail").status()).isEqualTo(404);
  }
}
