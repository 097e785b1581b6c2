package org.claimrecovery.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileUrlResource;

/** What every rules file shares: how it is named, and how YAML that is no mapping is reported. */
class RulesFileTest {

  record Setting(@NotBlank String citation) {}

  record Settings(List<@Valid Setting> settings) {}

  @Test
  void aFileOutsideTheJarIsNamedByItsPath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("settings.yaml"), "settings: [{citation: ' '}]");
    // what recovery.rules.*=file:/etc/… becomes
    var resource = new FileUrlResource(file.toUri().toURL());
    assertRefusedWith(() -> RulesFile.read(resource, (in, name) -> RulesFile.load(in, name, Settings.class)),
        file + ": settings[0].citation: must not be blank");
  }

  @Test
  void aFileInTheJarIsNamedByItsPathInTheJar() {
    String[] named = new String[1];
    RulesFile.read(new ClassPathResource("rules/calendar.yaml"), (in, name) -> named[0] = name);
    assertThat(named[0]).isEqualTo("rules/calendar.yaml");
  }

  @Test
  void yamlThatDoesNotParseIsReportedWithItsLine() {
    assertRefusedWith(() -> RulesFile.load(yaml("""
        settings:
          - citation: [a
        """), "rules/x.yaml", Settings.class),
        "rules/x.yaml: settings[0].citation[0]: not valid YAML, while parsing a flow sequence: …");
  }

  @Test
  void anEmptyFileIsAnEmptyMapping() {
    assertThat(RulesFile.load(yaml("# nothing here yet\n"), "rules/x.yaml", Settings.class).settings()).isNull();
  }
}
