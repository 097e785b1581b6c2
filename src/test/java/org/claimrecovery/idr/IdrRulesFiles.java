package org.claimrecovery.idr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.claimrecovery.deadlines.RuleSet;

/** Test helpers: the shipped rules/idr.yaml, checked against the shipped deadline rule book's rule sets. */
final class IdrRulesFiles {

  private IdrRulesFiles() {
  }

  static DeadlineRuleBook shippedDeadlineRules() {
    try (InputStream yaml = resource(DeadlineRuleBook.DEFAULT_RESOURCE)) {
      return DeadlineRuleBook.load(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> shippedRuleSetIds() {
    return shippedDeadlineRules().ruleSets().stream().map(RuleSet::id).collect(Collectors.toSet());
  }

  static IdrRules shipped() {
    try (InputStream yaml = resource(IdrRules.DEFAULT_RESOURCE)) {
      return IdrRules.load(yaml, IdrRules.DEFAULT_RESOURCE, shippedRuleSetIds());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = IdrRulesFiles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing classpath resource " + name));
    }
    return in;
  }
}
