package org.claimrecovery.remittance;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimrecovery.refusal.RequestRejected;
import org.springframework.stereotype.Component;

/**
 * Imports remittance files from disk, one after another, each exactly as {@code POST /api/remittances} would, and says
 * for each what happened. A directory stands for its files, in name order.
 */
@Component
public class RemittanceBatchImport {

  private final RemittanceImport remittanceImport;

  RemittanceBatchImport(RemittanceImport remittanceImport) {
    this.remittanceImport = remittanceImport;
  }

  /** @return 0 when every file was imported (or had been before), 1 when any was refused or could not be read */
  public int importAll(List<Path> paths, String user, PrintStream out) {
    int failed = 0;
    for (Path file : files(paths, out)) {
      try {
        var result = remittanceImport.importFile(() -> Files.newInputStream(file), file.getFileName().toString(),
            user);
        var report = result.report();
        out.printf("%s: %s remittance %s: %d claims, %d cases opened, %d payments correlated, %d skipped%n", file,
            result.imported() ? "imported as" : "imported before as", report.id(), report.claimsRead(),
            report.casesOpened(), report.paymentsCorrelated(), report.skipped());
      } catch (RemittanceRefused refused) {
        failed++;
        out.printf("%s: refused, nothing imported%n", file);
        refused.problems().forEach(problem -> out.printf("  %s%n", problem));
      } catch (RequestRejected | UncheckedIOException unreadable) {
        failed++;
        out.printf("%s: not imported: %s%n", file, unreadable.getMessage());
      }
    }
    return failed == 0 ? 0 : 1;
  }

  /** The files named, a directory's regular files in name order; a path that does not exist is reported. */
  private static List<Path> files(List<Path> paths, PrintStream out) {
    var files = new ArrayList<Path>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> inside = Files.list(path)) {
          inside.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      } else {
        // a missing file fails when it is opened, and is reported with the others
        files.add(path);
      }
    }
    if (files.isEmpty()) {
      out.println("no remittance files given");
    }
    return files;
  }
}
