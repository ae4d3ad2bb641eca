package org.advocacyledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of docs/architecture.md, as tests. */
@AnalyzeClasses(packages = "org.advocacyledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule messagesDependOnNoImplementation = noClasses().that().resideInAPackage("org.advocacyledger..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.advocacyledger..command..", "org.advocacyledger..query..",
                    "org.advocacyledger..web..", "org.advocacyledger.config..");

    @ArchTest
    static final ArchRule aggregatesDoNotQueryReadModels = noClasses().that().resideInAPackage("org.advocacyledger..command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.advocacyledger..query..", "org.advocacyledger..web..", "com.mongodb..");

    @ArchTest
    static final ArchRule controllersGoThroughTheGateways = noClasses().that().resideInAPackage("org.advocacyledger..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.advocacyledger..command..", "org.advocacyledger..query..");

    @ArchTest
    static final ArchRule neverXStream = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.thoughtworks.xstream..");

    @ArchTest
    static void featuresDoNotReachIntoEachOthersInternals(JavaClasses classes) {
        for (String feature : new String[] {"campaign", "action", "reform", "outcome", "contribution", "analytics", "statistics", "timeline"}) {
            noClasses().that().resideOutsideOfPackage("org.advocacyledger." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.advocacyledger." + feature + ".command..",
                            "org.advocacyledger." + feature + ".query..",
                            "org.advocacyledger." + feature + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
