package io.netpoldojo.userdata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class UserDataArchitectureTest {
    private final JavaClasses userdata = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.netpoldojo.userdata");

    @Test
    void userDataIsPlainJava() {
        classes().that().resideInAPackage("io.netpoldojo.userdata..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.netpoldojo.userdata..", "io.netpoldojo.files..", "java..",
                        "org.yaml.snakeyaml..")
                .because("the user's storage must work without a screen: the CLI and plain unit tests use it, "
                        + "so it may not pull in JavaFX or any of the app's other layers")
                .check(userdata);
    }
}
