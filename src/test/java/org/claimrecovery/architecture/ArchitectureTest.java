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

/** The layout is the architecture: domain features do not know the engine; adapters stay thin and apart. */
@AnalyzeClasses(packages = "org.claimrecovery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainFeaturesDoNotKnowCamunda = noClasses()
      .that().resideInAnyPackage("..claims..", "..correspondence..", "..deadlines..", "..documents..",
          "..pathway..", "..review..", "..negotiation..", "..rules..", "..text..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("domain services must work, and be tested, without the process engine");

  @ArchTest
  static final ArchRule engineAdaptersLiveInTheProcessPackage = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
      .should().resideInAPackage("..process..")
      .andShould().haveSimpleNameEndingWith("Delegate").orShould().haveSimpleNameEndingWith("Guard");

  @ArchTest
  static final ArchRule featuresHaveNoCycles = slices().matching("org.claimrecovery.(*)..").should().beFreeOfCycles();
}
