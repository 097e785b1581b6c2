package org.claimrecovery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClaimRecoveryApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClaimRecoveryApplication.class, args);
  }
}
