package org.frontline.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The viewer's model side (workspace, store) stays free of JavaFX: only {@code ui} imports it (STYLE item 1). */
class ViewerLayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.frontline");

    @Test
    void onlyUiImportsJavafx() {
        noClasses().that().resideOutsideOfPackage("org.frontline.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void storeAndWorkspaceDoNotKnowTheUi() {
        noClasses().that().resideInAnyPackage("org.frontline.store..", "org.frontline.workspace..")
                .should().dependOnClassesThat().resideInAPackage("org.frontline.ui..")
                .check(MAIN);
    }
}
