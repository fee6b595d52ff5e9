package io.netpoldojo.ui.drill.whatif;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The follow-up generator stays plain Java: the mock interview shows what it makes, tests check it without a screen. */
class WhatIfPurityTest {
    @Test
    void theGeneratorKnowsNothingOfJavaFxOrTheViews() {
        noClasses().that().resideInAPackage("io.netpoldojo.ui.drill.whatif..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.netpoldojo.ui",
                        "io.netpoldojo.ui.drill", "io.netpoldojo.ui.drill.mock..", "io.netpoldojo.ui.playground..")
                .because("changing a scenario and asking the engine is plain Java with table-driven tests; the mock"
                        + " interview only shows what it generates")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.netpoldojo.ui.drill.whatif"));
    }
}
