package io.adeplatform.platform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one shape of every service (ARCHITECTURE.md), held for the service whose test extends this class; the
 * subclass's package is the service's root package ({@code io.adeplatform.billing}). A plain JUnit test, no Quarkus.
 *
 * <pre>
 * api ──▶ service ──▶ domain ◀── persistence
 *            │  ▲                 events (outgoing payloads, written by services)
 *            ▼  └── messaging (consumers)      config (read by any layer)
 * </pre>
 */
public abstract class ArchitectureContractTest {

    /** What a domain class may use: plain Java, platform/core and the persistence mapping annotations. */
    private static final String[] DOMAIN_MAY_USE = {"java..", "io.adeplatform.platform.core..", "jakarta.persistence..",
            "org.hibernate.annotations..", "org.hibernate.type..", "org.hibernate.generator.."};
    /** HTTP lives in api (and in the platform's HTTP mechanisms): nothing else in a service may use it. */
    private static final String[] HTTP = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.core.http.."};

    private final String root = getClass().getPackageName();
    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root);

    private String layer(String name) {
        return root + "." + name + "..";
    }

    @Test
    void dependenciesPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true) // not every service has config
                .layer("api").definedBy(layer("api"))
                .layer("service").definedBy(layer("service"))
                .layer("domain").definedBy(layer("domain"))
                .layer("persistence").definedBy(layer("persistence"))
                .layer("events").definedBy(layer("events"))
                .layer("messaging").definedBy(layer("messaging"))
                .layer("config").definedBy(layer("config"))
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("service")
                .whereLayer("events").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "service", "persistence", "events", "messaging")
                .check(service);
    }

    @Test
    void everyClassSitsInOneOfTheLayers() {
        classes().should().resideInAnyPackage(layer("api"), layer("service"), layer("domain"), layer("persistence"),
                        layer("events"), layer("messaging"), layer("config"))
                .because("a service has exactly the packages api, service, domain, persistence, events, messaging, config")
                .check(service);
    }

    @Test
    void domainIsPlainJava() {
        classes().that().resideInAPackage(layer("domain"))
                .should().onlyDependOnClassesThat(resideInAnyPackage(DOMAIN_MAY_USE).or(resideInAPackage(layer("domain"))))
                .because("domain rules also run inside Kafka consumers: they throw platform/core's domain exceptions")
                .check(service);
    }

    @Test
    void onlyApiSpeaksHttp() {
        noClasses().that().resideOutsideOfPackage(layer("api"))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.adeplatform.platform.http.ProblemException")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.adeplatform.platform.http.EntityVersions")
                .because("use cases answer with domain objects and domain exceptions; api turns them into HTTP")
                .check(service);
    }

    @Test
    void noPackageCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(service);
    }

    @Test
    void namingConvention() {
        ArchRule api = classes().that().resideInAPackage(layer("api")).and().areTopLevelClasses()
                .should(haveNameEndingInOneOf("Resource", "Request", "Response", "Mapper", "Params"))
                .because("api holds resources, one request or response record per file, mappers and query-parameter beans");
        ArchRule records = classes().that().resideInAPackage(layer("api")).and().areTopLevelClasses()
                .and().haveNameMatching(".*(Request|Response)").should().beRecords();
        ArchRule messaging = classes().that().resideInAPackage(layer("messaging")).and().areTopLevelClasses()
                .should(haveNameEndingInOneOf("Consumer"))
                .because("messaging holds consumers only");
        ArchRule persistence = classes().that().resideInAPackage(layer("persistence")).and().areTopLevelClasses()
                .should(haveNameEndingInOneOf("Repository", "Queries", "Filter"))
                .because("persistence holds repositories (entity access) and queries (SQL reads), with their filters");
        ArchRule noTransferObjectsOutsideApi = noClasses().that().resideOutsideOfPackage(layer("api"))
                .should().haveNameMatching(".*(Request|Response|Dto|Dtos)$")
                .because("request and response classes belong to api");
        api.check(service);
        records.check(service);
        messaging.check(service);
        persistence.check(service);
        noTransferObjectsOutsideApi.check(service);
    }

    private static ArchCondition<JavaClass> haveNameEndingInOneOf(String... suffixes) {
        return new ArchCondition<>("have a name ending in one of " + String.join(", ", suffixes)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (String suffix : suffixes) {
                    if (item.getSimpleName().endsWith(suffix)) {
                        return;
                    }
                }
                events.add(SimpleConditionEvent.violated(item, item.getName() + " ends in none of " + String.join(", ", suffixes)));
            }
        };
    }
}
