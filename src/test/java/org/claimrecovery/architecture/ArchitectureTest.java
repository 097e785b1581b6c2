package org.claimrecovery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.web.bind.annotation.RestController;

/** The layout is the architecture: domain features do not know the engine; adapters stay thin and apart. */
@AnalyzeClasses(packages = "org.claimrecovery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Every package not named here is domain code, a new one included, and is held to the rule. */
  @ArchTest
  static final ArchRule onlyTheEngineRoomsKnowCamunda = noClasses()
      .that().resideOutsideOfPackages("org.claimrecovery.process..", "org.claimrecovery.engine..",
          "org.claimrecovery.clock..", "org.claimrecovery.demo..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("domain services must work, and be tested, without the process engine; process/ adapts them to "
          + "it, engine/ wires it, clock/ shares its clock, and demo/ plays the demo users through its API");

  @ArchTest
  static final ArchRule domainCodeDoesNotKnowTheWebLayer = noClasses()
      .that().resideOutsideOfPackages("org.claimrecovery.web..", "org.claimrecovery.engine..")
      .and().areNotAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().resideInAPackage("org.claimrecovery.web..")
      .because("refusals are the domain's (refusal/); only controllers and the authentication filter speak HTTP");

  @ArchTest
  static final ArchRule adaptersOfOneFeatureDoNotReachIntoAnothers = slices()
      .matching("org.claimrecovery.process.(*)..").should().notDependOnEachOther()
      .because("each feature's delegates and variables sit together in process/<feature>; what they share sits "
          + "in process/ itself");

  @ArchTest
  static final ArchRule engineAdaptersLiveInTheProcessPackage = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
      .should().resideInAPackage("..process..")
      .andShould().haveSimpleNameEndingWith("Delegate").orShould().haveSimpleNameEndingWith("Guard");

  @ArchTest
  static final ArchRule featuresHaveNoCycles = slices().matching("org.claimrecovery.(*)..").should().beFreeOfCycles();
}
