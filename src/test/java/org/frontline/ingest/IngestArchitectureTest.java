package org.frontline.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ingest room reads files and writes the store; it knows nothing of the user interface or the command line. */
class IngestArchitectureTest {
    private static final JavaClasses INGEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.frontline.ingest");

    @Test
    void ingestDependsOnNoUserInterfaceNorCommandLine() {
        noClasses().that().resideInAPackage("org.frontline.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.frontline.ui..", "org.frontline.cli..",
                        "picocli..")
                .check(INGEST);
    }
}
