package com.crmflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.crmflow.platform.model.Traceability.Citation;
import com.crmflow.platform.model.Traceability.Clause;
import com.crmflow.platform.model.Traceability.Table;
import com.crmflow.platform.model.Traceability.TestCitation;
import com.crmflow.testsupport.Verifies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * docs/traceability.md: every clause of docs/requirements.md has a test ({@link Verifies}) or is listed below as not
 * yet verified with the reason; every clause id in a test annotation or a model citation exists; and the committed
 * table is the one generated from them. Regenerate the table with
 * {@code ./mvnw -B -q test -Dtest=TraceabilityTest -Dtraceability.write=true}.
 */
class TraceabilityTest {

  /** Clauses no test verifies yet, with the reason (printed in the table). Keep it short and honest. */
  static final Map<String, String> NOT_YET_VERIFIED = Map.of();

  static final Path REQUIREMENTS = Path.of("docs/requirements.md");
  static final Path TABLE = Path.of("docs/traceability.md");
  static final Path PROCESSES = Path.of("processes");
  static final String WRITE = "traceability.write";

  @Test
  void everyClauseHasATestAndTheTableIsUpToDate() throws IOException, URISyntaxException {
    Path testClasses = Path.of(TraceabilityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Table table = Traceability.table(
        Traceability.clauses(Files.readString(REQUIREMENTS)),
        Traceability.modelCitations(PROCESSES),
        // the nested classes of this test are the generator tests' fixtures, with deliberate mistakes
        Traceability.testCitations(testClasses, getClass().getClassLoader(),
            Set.of(TraceabilityTest.class.getName() + "$")),
        NOT_YET_VERIFIED);
    String generated = Traceability.markdown(table);
    String committed = Files.exists(TABLE) ? Files.readString(TABLE) : "";
    if (Boolean.getBoolean(WRITE) && !generated.equals(committed)) {
      Files.writeString(TABLE, generated);
      committed = generated;
    }
    assertThat(table.problems()).as("traceability problems").isEmpty();
    if (!generated.equals(committed)) {
      fail(TABLE + " is not the table generated from the requirements, the models and the tests' @Verifies"
          + " annotations. Regenerate it with: ./mvnw -B -q test -Dtest=TraceabilityTest -Dtraceability.write=true"
          + " and commit it.");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The generator itself

  static final String REQUIREMENTS_SAMPLE = """
      # Requirements

      ## P1 Something

      - **P1.1** The account manager records the requirement: customer, title. — 000 §2(1).1
      - **P1.2** A complex requirement is discussed in a meeting
        with the related departments. — 000 §2(1).2
      - **KPIs**-like lines without an id are not clauses.

      ## Cross-cutting

      - **X.1** Customer archive: name, address.
      """;

  static Map<String, Clause> sampleClauses() {
    return Traceability.clauses(REQUIREMENTS_SAMPLE);
  }

  @Test
  void readsTheClausesWithTheirContinuationLines() {
    Map<String, Clause> clauses = sampleClauses();
    assertThat(clauses).containsOnlyKeys("P1.1", "P1.2", "X.1");
    assertThat(clauses.get("P1.2").text())
        .isEqualTo("A complex requirement is discussed in a meeting with the related departments. — 000 §2(1).2");
    assertThat(clauses.get("P1.1").shortText()).isEqualTo("The account manager records the requirement: customer, title");
  }

  @Test
  void aClauseDefinedTwiceIsAnError() {
    String twice = REQUIREMENTS_SAMPLE + "- **P1.1** again\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Traceability.clauses(twice))
        .hasMessageContaining("P1.1 is defined twice");
  }

  @Test
  void aTestNamingAnUnknownClauseIsAnError() {
    Table t = Traceability.table(sampleClauses(), List.of(), List.of(
        new TestCitation("SomeTest", "a", true, List.of("P1.1", "P1.2", "X.1")),
        new TestCitation("SomeTest", "b", true, List.of("P1.9"))), Map.of());
    assertThat(t.problems()).containsExactly(
        "SomeTest#b verifies P1.9, which is no clause of docs/requirements.md");
  }

  @Test
  void aChapterIsNotAClauseForATest() {
    Table t = Traceability.table(sampleClauses(), List.of(), List.of(
        new TestCitation("SomeTest", "a", true, List.of("P1", "P1.1", "P1.2", "X.1"))), Map.of());
    assertThat(t.problems()).containsExactly(
        "SomeTest#a verifies P1, which is no clause of docs/requirements.md (a chapter: name its clauses)");
  }

  @Test
  void aClauseWithoutTestIsAnErrorUnlessListedWithAReason() {
    List<TestCitation> tests = List.of(new TestCitation("SomeTest", "a", true, List.of("P1.1")));
    assertThat(Traceability.table(sampleClauses(), List.of(), tests, Map.of()).problems())
        .hasSize(2).allSatisfy(p -> assertThat(p).contains("has no test"))
        .anySatisfy(p -> assertThat(p).startsWith("P1.2 ")).anySatisfy(p -> assertThat(p).startsWith("X.1 "));

    Table listed = Traceability.table(sampleClauses(), List.of(), tests,
        Map.of("P1.2", "not implemented", "X.1", "no archive yet"));
    assertThat(listed.problems()).isEmpty();
    assertThat(Traceability.markdown(listed)).contains("| P1.2 | A complex requirement is discussed in a meeting with"
        + " the related departments |  | **not yet verified:** not implemented |");
  }

  @Test
  void theNotYetVerifiedListMayNotHideATestOrNameAnUnknownClause() {
    List<TestCitation> tests = List.of(new TestCitation("SomeTest", "a", true, List.of("P1.1", "P1.2", "X.1")));
    assertThat(Traceability.table(sampleClauses(), List.of(), tests, Map.of("P1.2", "x", "P7.1", "y")).problems())
        .containsExactlyInAnyOrder(
            "the not-yet-verified list names P7.1, which is no clause of docs/requirements.md",
            "P1.2 is on the not-yet-verified list but has tests now: remove it from the list");
  }

  @Test
  void aModelCitingAnUnknownClauseIsAnError() throws Exception {
    Document bpmn = xml("""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <bpmn:process id="p">
            <bpmn:documentation>整个流程（SPEC P1；000 §2）</bpmn:documentation>
            <bpmn:userTask id="Task_Record" camunda:formRef="record-form">
              <bpmn:documentation>登记需求（SPEC P1.1、X.1）</bpmn:documentation>
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="clause" value="P1.2, P1.1" />
                <camunda:property name="other" value="P9.9" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:serviceTask id="Task_Wrong">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="clause" value="P1.3" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:serviceTask id="Task_Uncited" />
          </bpmn:process>
        </bpmn:definitions>""");
    List<Citation> citations = Traceability.bpmnCitations("processes/p.bpmn", bpmn);
    assertThat(citations).containsExactly(
        new Citation("processes/p.bpmn", "p", null, List.of("P1")),
        new Citation("processes/p.bpmn", "Task_Record", "record-form", List.of("P1.2", "P1.1", "X.1")),
        new Citation("processes/p.bpmn", "Task_Wrong", null, List.of("P1.3")));

    Table t = Traceability.table(sampleClauses(), citations,
        List.of(new TestCitation("SomeTest", "a", true, List.of("P1.1", "P1.2", "X.1"))), Map.of());
    assertThat(t.problems()).containsExactly(
        "processes/p.bpmn#Task_Wrong cites P1.3, which is no clause of docs/requirements.md");
    assertThat(Traceability.markdown(t))
        .contains("| X.1 | Customer archive: name, address | `processes/p.bpmn#Task_Record` (form `record-form`) | `SomeTest#a` |");
  }

  @Test
  void readsTheDecisionsDescriptions() throws Exception {
    Document dmn = xml("""
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d">
          <decision id="grade"><description>分级（SPEC P1.1, P1.2）</description></decision>
          <decision id="score"><description>no citation</description></decision>
        </definitions>""");
    assertThat(Traceability.dmnCitations("processes/d.dmn", dmn))
        .containsExactly(new Citation("processes/d.dmn", "grade", null, List.of("P1.1", "P1.2")));
  }

  @Test
  void readsTheAnnotationsAndRefusesThoseOnNoRunningTest() {
    assertThat(Traceability.testCitations(Fixture.class)).containsExactlyInAnyOrder(
        new TestCitation("TraceabilityTest.Fixture", null, true, List.of("X.1")),
        new TestCitation("TraceabilityTest.Fixture", "checksSomething", true, List.of("P1.1", "P1.2")),
        new TestCitation("TraceabilityTest.Fixture", "notATest", false, List.of("P1.1")),
        new TestCitation("TraceabilityTest.Fixture", "disabled", false, List.of("P1.2")));
    Table t = Traceability.table(sampleClauses(), List.of(), Traceability.testCitations(Fixture.class), Map.of());
    assertThat(t.problems()).containsExactlyInAnyOrder(
        "TraceabilityTest.Fixture#notATest has @Verifies but is no test JUnit runs (no @Test, disabled, abstract or"
            + " a class without tests)",
        "TraceabilityTest.Fixture#disabled has @Verifies but is no test JUnit runs (no @Test, disabled, abstract or"
            + " a class without tests)");
    assertThat(t.tests().get("P1.1")).extracting(TestCitation::where).containsExactly("TraceabilityTest.Fixture#checksSomething");
  }

  @Test
  void theScanSkipsTheFixturesButFindsRealTests() throws Exception {
    Path testClasses = Path.of(TraceabilityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<TestCitation> all = Traceability.testCitations(testClasses, getClass().getClassLoader(),
        Set.of(TraceabilityTest.class.getName() + "$"));
    assertThat(all).extracting(TestCitation::testClass).doesNotContain("TraceabilityTest.Fixture")
        .contains("RiskLevelDecisionTest");
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Not run by JUnit (a static nested class); skipped by the real scan. */
  @Verifies("X.1")
  static class Fixture {
    @Test
    @Verifies({"P1.1", "P1.2"})
    void checksSomething() {}

    @Verifies("P1.1")
    void notATest() {}

    @Test
    @Disabled
    @Verifies("P1.2")
    void disabled() {}
  }
}
