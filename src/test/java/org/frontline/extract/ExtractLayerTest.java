package org.frontline.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Extraction stays in its room: no user interface, no store, no ingest. */
class ExtractLayerTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.frontline.extract");

    @Test
    void extractDependsOnNeitherUiNorStore() {
        noClasses().that().resideInAPackage("org.frontline.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.frontline.store..",
                        "org.frontline.ui..", "org.frontline.ingest..")
                .check(CLASSES);
    }
}
