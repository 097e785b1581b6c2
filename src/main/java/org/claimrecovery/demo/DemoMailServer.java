package org.claimrecovery.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The demo catches its own mail. When no mail server is named ({@code spring.mail.host}), the demo profile starts
 * an SMTP server inside the service, on the loopback interface only, and sends every e-mail letter to it; the
 * demo mail page ({@link DemoMailPage}) shows what it caught. No other profile starts it: there the mail server
 * is always named (application.yaml), and one that is missing or down fails the send visibly (a FAILED letter and
 * an incident), so production never swallows a letter.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@Conditional(DemoMailServer.NoMailServerNamed.class)
@EnableConfigurationProperties(MailProperties.class)
class DemoMailServer {

  private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
  private static final String LOOPBACK = "127.0.0.1";

  /** Any free port: a second demo, Mailpit or a test's SMTP server may hold the usual ones. */
  @Bean(destroyMethod = "stop")
  GreenMail demoSmtpServer() {
    var server = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    log.info("No spring.mail.host is set: the demo sends e-mail to its own SMTP server on {}:{}, shown at /demo/mail",
        LOOPBACK, server.getSmtp().getPort());
    return server;
  }

  /** What Spring Boot would build from spring.mail.*, pointed at the demo's server. */
  @Bean
  JavaMailSenderImpl mailSender(GreenMail demoSmtpServer, MailProperties mail) {
    var sender = new JavaMailSenderImpl();
    sender.setHost(LOOPBACK);
    sender.setPort(demoSmtpServer.getSmtp().getPort());
    sender.setDefaultEncoding(mail.getDefaultEncoding().name());
    var properties = new Properties();
    properties.putAll(mail.getProperties());
    sender.setJavaMailProperties(properties);
    return sender;
  }

  @Bean
  DemoMailbox demoMailbox(GreenMail demoSmtpServer) {
    return new DemoMailbox(demoSmtpServer, LOOPBACK + ":" + demoSmtpServer.getSmtp().getPort());
  }

  /** Exactly when Spring Boot would not configure a mail sender: neither a host nor a JNDI session is named. */
  static class NoMailServerNamed implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var environment = context.getEnvironment();
      return !StringUtils.hasLength(environment.getProperty("spring.mail.host"))
          && !StringUtils.hasLength(environment.getProperty("spring.mail.jndi-name"));
    }
  }
}
