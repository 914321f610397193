package org.frontline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flow of data decides who may use whom (STYLE.md item 1): model and IO packages never import
 * JavaFX; only {@code ui} does; nothing upstream depends on the viewer.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.frontline");
    }

    @Test
    void onlyTheViewerUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.frontline.ui..", "org.frontline")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("model, IO, rendering and export must run headless")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.frontline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.frontline.store..", "org.frontline.ingest..",
                        "org.frontline.extract..", "org.frontline.gazetteer..", "org.frontline.control..",
                        "org.frontline.render..", "org.frontline.ui..", "org.frontline.cli..", "org.frontline.export..",
                        "org.frontline.workspace..")
                .check(classes);
    }

    @Test
    void upstreamPackagesDoNotDependOnDownstreamOnes() {
        noClasses().that().resideInAnyPackage("org.frontline.store..", "org.frontline.ingest..",
                        "org.frontline.extract..", "org.frontline.gazetteer..", "org.frontline.control..",
                        "org.frontline.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.frontline.render..", "org.frontline.ui..",
                        "org.frontline.export..", "org.frontline.workspace..")
                .check(classes);
    }

    @Test
    void renderingAndExportDoNotDependOnTheViewer() {
        noClasses().that().resideInAnyPackage("org.frontline.render..", "org.frontline.export..",
                        "org.frontline.workspace..")
                .should().dependOnClassesThat().resideInAPackage("org.frontline.ui..")
                .check(classes);
    }
}
