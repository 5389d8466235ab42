package com.crmflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Which way the dependencies of the main code point (docs/architecture.md). Features ({@code complaint},
 * {@code customer}, {@code project}, {@code visit}) build on {@code platform}; a feature's {@code domain} is below
 * its {@code process} and {@code api}; no two packages need each other. No rule is frozen: each holds for the
 * whole main code.
 */
@AnalyzeClasses(packages = "com.crmflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] FEATURES = {"com.crmflow.complaint..", "com.crmflow.customer..", "com.crmflow.project..",
      "com.crmflow.visit..", "com.crmflow.development..", "com.crmflow.agreement..",
      "com.crmflow.consultation..", "com.crmflow.survey..", "com.crmflow.evaluation..", "com.crmflow.care..",
      "com.crmflow.supervision..", "com.crmflow.conformance.."};

  /** complaint, customer, project, visit, platform: none needs another that needs it back. */
  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("com.crmflow.(*)..").namingSlices("feature $1").should().beFreeOfCycles();

  /** Every package is a slice (complaint.domain, complaint.process, platform.forms, ...): no package cycles. */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("com.crmflow.(**)").namingSlices("package $1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule platformKnowsNoFeature = noClasses().that().resideInAPackage("com.crmflow.platform..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
      .as("the platform knows no feature");

  @ArchTest
  static final ArchRule domainKnowsNoWebNorProcess = noClasses()
      .that().resideInAPackage("com.crmflow.*.domain..")
      .should().dependOnClassesThat().resideInAnyPackage("com.crmflow.*.api..", "com.crmflow.platform.web..",
          "com.crmflow.complaint.process..", "com.crmflow.customer.process..", "com.crmflow.project.process..",
          "com.crmflow.visit.process..", "com.crmflow.development.process..", "com.crmflow.agreement.process..",
          "com.crmflow.consultation.process..", "com.crmflow.survey.process..", "com.crmflow.evaluation.process..",
          "com.crmflow.care.process..", "com.crmflow.supervision.process..",
          "org.springframework.web..",
          "jakarta.servlet..")
      .as("a feature's domain knows nothing of the web or of the process");

  /**
   * A feature reads another only through what that feature publishes (its services and query interfaces), never
   * through the other's repositories, i.e. its tables.
   */
  @ArchTest
  static final ArchRule complaintTablesAreComplaints = ownTables("complaint");

  @ArchTest
  static final ArchRule customerTablesAreCustomers = ownTables("customer");

  @ArchTest
  static final ArchRule projectTablesAreProjects = ownTables("project");

  @ArchTest
  static final ArchRule visitTablesAreVisits = ownTables("visit");

  @ArchTest
  static final ArchRule developmentTablesAreLeads = ownTables("development");

  @ArchTest
  static final ArchRule consultationTablesAreConsultations = ownTables("consultation");

  @ArchTest
  static final ArchRule surveyTablesAreSurveys = ownTables("survey");

  @ArchTest
  static final ArchRule evaluationTablesAreEvaluations = ownTables("evaluation");

  @ArchTest
  static final ArchRule careTablesAreCare = ownTables("care");

  @ArchTest
  static final ArchRule supervisionTablesAreSupervisions = ownTables("supervision");

  static ArchRule ownTables(String feature) {
    String home = "com.crmflow." + feature + "..";
    return noClasses().that().resideOutsideOfPackage(home)
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(home)
            .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
        .as("only the " + feature + " feature uses its repositories");
  }

  /**
   * JSON comes from the one ObjectMapper that Spring Boot configures and injects; our YAML configuration files from
   * the one shared YAML mapper ({@code YamlFiles}); submitted form values become trees without a mapper
   * ({@code SubmittedValues}: JsonNodeFactory, and the engine's Spin for JSON text). {@code /engine-rest} keeps
   * Camunda's own JSON settings in one mapper of its own ({@code SharedRestObjectMapper}).
   */
  @ArchTest
  static final ArchRule oneObjectMapper = noClasses()
      .that().doNotHaveFullyQualifiedName("com.crmflow.platform.yaml.YamlFiles")
      .and().doNotHaveFullyQualifiedName("com.crmflow.platform.web.rest.SharedRestObjectMapper")
      .should().callConstructor(ObjectMapper.class)
      .orShould().callConstructor(ObjectMapper.class, JsonFactory.class)
      .as("no class makes its own ObjectMapper");

  /** The time zone is config/working-calendar.yaml's (WorkingCalendarConfig), nowhere spelled again. */
  @ArchTest
  static final ArchRule oneTimeZone = noClasses()
      .that().doNotHaveFullyQualifiedName("com.crmflow.platform.calendar.WorkingCalendarConfig")
      .should().callMethod(ZoneId.class, "of", String.class)
      .orShould().callMethod(ZoneId.class, "systemDefault")
      .as("no class names a time zone but the working calendar's configuration");

  /**
   * The time is the injected Clock's (EngineClock: the engine's clock, so process tests that move it move our
   * timestamps too), or the engine's own (ClockUtil). Two deliberate exceptions read the real time: the audit log
   * (when an entry was really written) and the login throttle (how long a lockout really lasted).
   */
  @ArchTest
  static final ArchRule oneClock = noClasses()
      .that().doNotHaveFullyQualifiedName("com.crmflow.platform.audit.AuditLog")
      .and().doNotHaveFullyQualifiedName("com.crmflow.platform.security.LoginThrottle")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .as("no class reads the system clock but through the injected Clock");
}
