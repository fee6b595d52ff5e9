package io.netpoldojo.ui.learn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Learn place's plain-Java parts stay plain, so they are tested without a screen and reused anywhere. */
class LearnPurityTest {
    @Test
    void theMarkdownReaderSearchAndProgressFileKnowNothingOfJavaFx() {
        noClasses().that().belongToAnyOf(Markdown.class, MarkdownBlock.class, LessonSearch.class,
                        SearchHit.class, Progress.class, ProgressStore.class, CalloutKinds.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.netpoldojo.ui", "io.netpoldojo.ui.playground..",
                        "io.netpoldojo.ui.editor..")
                .because("parsing lesson text, searching it, arranging diagrams and keeping the progress file are plain Java with table-driven"
                        + " tests; the views render what they produce")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.netpoldojo.ui.learn"));
    }
}
