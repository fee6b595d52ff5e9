package io.netpoldojo.manifest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The manifest layer's place in the architecture (STYLE.md), checked on every build. */
class ManifestArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.netpoldojo.manifest");

    @Test
    void dependsOnlyOnTheEngineModelAndSnakeYaml() {
        classes().that().resideInAPackage("io.netpoldojo.manifest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.netpoldojo.manifest..", "io.netpoldojo.engine.model..", "io.netpoldojo.files..",
                        "org.yaml.snakeyaml..", "java..")
                .because("loading turns YAML into the engine's model and nothing else (reading the files safely is"
                        + " the files leaf's job); the UI, CLI and content layers build on it, not the other way round")
                .check(CLASSES);
    }

    @Test
    void printsNothing() {
        noClasses().that().resideInAPackage("io.netpoldojo.manifest..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("problems are returned as Diagnostics; only the CLI prints")
                .check(CLASSES);
    }
}
