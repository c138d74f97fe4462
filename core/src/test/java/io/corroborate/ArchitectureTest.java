package io.corroborate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.corroborate");
  }

  @Test
  void noTwoPackagesImportEachOther() {
    slices().matching("io.corroborate.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noStageImportsThePackageThatWiresIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.corroborate.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.corroborate.pipeline..")
        .check(classes);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("io.corroborate.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.corroborate.model..", "java..")
        .check(classes);
  }

  @Test
  void phaseInterfacesSitBelowTheirImplementations() {
    noClasses()
        .that()
        .resideInAPackage("io.corroborate.phases..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.corroborate.stories..",
            "io.corroborate.reconcile..",
            "io.corroborate.claims..",
            "io.corroborate.analysis..",
            "io.corroborate.synthesis..",
            "io.corroborate.linking..")
        .check(classes);
  }

  @Test
  void libraryCodeNeverWorksOnTheCommonForkJoinPool() {
    noClasses()
        .should()
        .callMethod(java.util.Collection.class, "parallelStream")
        .orShould()
        .callMethod(java.util.concurrent.ForkJoinPool.class, "commonPool")
        .check(classes);
  }
}
