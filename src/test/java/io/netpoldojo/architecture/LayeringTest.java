package io.netpoldojo.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.netpoldojo.ui.text.InlineParser;
import io.netpoldojo.ui.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ../shared/STYLE.md, enforced: the build fails the day someone breaks it. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.netpoldojo");
    }

    @Test
    void engineIsPure() {
        noClasses().that().resideInAPackage("io.netpoldojo.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "io.netpoldojo.ui..", "io.netpoldojo.cli..", "io.netpoldojo.manifest..",
                        "io.netpoldojo.content..", "io.netpoldojo.quiz..", "io.netpoldojo.userdata..",
                        "org.yaml..", "java.io..", "java.nio.file..")
                .because("the engine answers reachability questions for every part of the app and must stay"
                        + " pure Java with no I/O, so it can be tested and reused anywhere")
                .check(classes);
    }

    @Test
    void theTiersSitBelowTheNetworkPolicyEngine() {
        noClasses().that().resideInAPackage("io.netpoldojo.engine.tiers..")
                .should().dependOnClassesThat().resideInAPackage("io.netpoldojo.engine")
                .because("the NetworkPolicy engine walks the ClusterNetworkPolicy tiers around its own answer; the"
                        + " tiers know only the model, so the two can be read and tested apart")
                .check(classes);
    }

    @Test
    void synthesisIsPlainJavaBesideTheEngine() {
        noClasses().that().resideInAPackage("io.netpoldojo.synthesis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "io.netpoldojo.ui..", "io.netpoldojo.cli..", "io.netpoldojo.content..",
                        "io.netpoldojo.quiz..", "io.netpoldojo.userdata..", "io.netpoldojo.workspace..",
                        "java.io..", "java.nio.file..")
                .because("the canvas, the CLI and tests all build policies with it; it asks the engine and writes"
                        + " YAML, and stays free of screens and files so every result can be checked headless")
                .check(classes);
    }

    @Test
    void uiNeverUsesTheCli() {
        noClasses().that().resideInAPackage("io.netpoldojo.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.netpoldojo.cli..")
                .because("the CLI is a separate front end over the same engine; the UI must not route through it")
                .check(classes);
    }

    @Test
    void cliNeverUsesTheUi() {
        noClasses().that().resideInAPackage("io.netpoldojo.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netpoldojo.ui..", "javafx..")
                .because("a CLI subcommand must run headless and never start the JavaFX toolkit")
                .check(classes);
    }

    @Test
    void loadersStayOutOfTheUi() {
        noClasses().that().resideInAnyPackage("io.netpoldojo.manifest..", "io.netpoldojo.content..",
                        "io.netpoldojo.quiz..", "io.netpoldojo.userdata..", "io.netpoldojo.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.netpoldojo.ui..",
                        "io.netpoldojo.cli..")
                .because("loaders, grading and storage are plain Java that the CLI and tests use without a screen")
                .check(classes);
    }

    @Test
    void safeFileReadingIsALeaf() {
        noClasses().that().resideInAPackage("io.netpoldojo.files..")
                .should().dependOnClassesThat(resideInAPackage("io.netpoldojo..")
                        .and(resideOutsideOfPackage("io.netpoldojo.files..")))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "org.yaml..")
                .because("the loaders, the user's stores and the app all read files through it; a leaf is shared"
                        + " without tying them to each other")
                .check(classes);
    }

    @Test
    void sharedRichTextIsALeaf() {
        noClasses().that().resideInAPackage("io.netpoldojo.ui.text..")
                .should().dependOnClassesThat(resideInAPackage("io.netpoldojo..")
                        .and(resideOutsideOfPackage("io.netpoldojo.ui.text..")))
                .because("Learn and the Quiz both set authored words with it; a leaf is shared without dragging one"
                        + " place into the other")
                .check(classes);
    }

    @Test
    void theInlineParserIsPlainJava() {
        noClasses().that().belongToAnyOf(InlineParser.class, Span.class)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("parsing inline Markdown is table-tested without a screen; the flow node renders what it"
                        + " produces")
                .check(classes);
    }

    @Test
    void theClassVoteStandsAlone() {
        noClasses().that().resideInAPackage("io.netpoldojo.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.netpoldojo.ui..",
                        "io.netpoldojo.cli..", "io.netpoldojo.engine..", "io.netpoldojo.content..",
                        "io.netpoldojo.manifest..", "io.netpoldojo.quiz..", "io.netpoldojo.userdata..",
                        "io.netpoldojo.workspace..")
                .because("the voting server is reached from the room's network: it must know nothing of the app"
                        + " but the poll it is handed, so it can serve nothing else")
                .check(classes);
    }

    @Test
    void theVotingServerReadsNoFiles() {
        noClasses().that().resideInAPackage("io.netpoldojo.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                        java.io.FileReader.class, java.io.RandomAccessFile.class)
                .because("the class vote serves its page from the jar and the poll from memory; no request may"
                        + " ever reach a file")
                .check(classes);
    }

    @Test
    void onlyTheClassVoteUsesTheWebServer() {
        noClasses().that().resideOutsideOfPackage("io.netpoldojo.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..")
                .because("one package puts the app on the network, so what it exposes is reviewed in one place")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("io.netpoldojo.cli..")
                .should().accessField(System.class, "out")
                .because("standard output belongs to the CLI's contract; elsewhere it would corrupt its output")
                .check(classes);
    }
}
