package org.claimrecovery.remittance;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The jar as a command: with {@code recovery.remittance-import.files} set (profile {@code remittance-import}, README
 * "Remittances"), it imports those files, prints what each did and exits, 0 when all were imported.
 */
@Component
@ConditionalOnProperty("recovery.remittance-import.files")
class RemittanceImportCommand implements ApplicationRunner {

  private final RemittanceBatchImport batch;
  private final ConfigurableApplicationContext context;
  private final List<Path> files;
  private final String user;

  RemittanceImportCommand(RemittanceBatchImport batch, ConfigurableApplicationContext context,
      @Value("${recovery.remittance-import.files}") List<Path> files,
      @Value("${recovery.remittance-import.user:remittance-import}") String user) {
    this.batch = batch;
    this.context = context;
    this.files = files;
    this.user = user;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    int exitCode = batch.importAll(files, user, System.out);
    System.exit(SpringApplication.exit(context, () -> exitCode));
  }
}
