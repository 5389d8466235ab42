package com.crmflow.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.conformance.InstancePath.Step;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * The path check on hand-made histories against the real complaint-handling model's mandated steps (no engine, no
 * database): a complete path, a skipped step, a step on a branch where it is not mandated, a step moved past (its
 * activity instance cancelled), a supervision mandated only after an escalation.
 */
class PathCheckTest {

  static final ModelRules COMPLAINT = ModelRules.of(Bpmn.readModelFromFile(
      Path.of("processes/complaint-handling.bpmn").toFile()));

  /** The usual path of a complaint, without an internal meeting. */
  static final List<String> HAPPY = List.of("StartEvent_ComplaintReceived", "Task_RegisterComplaint",
      "SubProcess_InitialResponse", "StartEvent_InitialResponse", "Task_AssessComplaint", "Task_RespondInitially",
      "EndEvent_InitialResponse", "Gateway_InvestigationJoin", "Task_Investigate", "Gateway_MeetingNeeded",
      "Gateway_MeetingJoin", "Gateway_ResolutionJoin", "Task_DraftResolution", "Task_NegotiateResolution",
      "Gateway_CustomerAgrees", "Gateway_ExecutionJoin", "Task_ExecuteResolution", "Gateway_HandlingCompleted",
      "Task_StartFeedbackDeadline", "SubProcess_ResultFeedback", "StartEvent_ResultFeedback", "Task_FeedBackResult",
      "EndEvent_ResultFeedback", "Task_RecordVerdict", "Gateway_CustomerSatisfied", "Task_DefineCorrectiveAction",
      "TimerEvent_FollowUp", "Task_CheckRecurrence", "Gateway_Recurred", "Task_CloseComplaint",
      "Task_SatisfactionSurvey", "EndEvent_ComplaintClosed");

  @Test
  void theModelDeclaresTheMandatedStepsOfComplaintHandling() {
    assertThat(COMPLAINT.mandated()).extracting(MandatedStep::activityId).contains("Task_RegisterComplaint",
        "Task_AssessComplaint", "Task_RespondInitially", "Task_Investigate", "Task_HoldInternalMeeting",
        "Task_DraftResolution", "Task_NegotiateResolution", "Task_ExecuteResolution", "Task_FeedBackResult",
        "Task_RecordVerdict", "Task_DefineCorrectiveAction", "Task_CheckRecurrence", "Task_CloseComplaint",
        "Task_SatisfactionSurvey", "Task_SuperviseOverdue_InitialResponse");
    assertThat(COMPLAINT.mandated()).filteredOn(m -> m.activityId().equals("Task_HoldInternalMeeting"))
        .singleElement().extracting(MandatedStep::condition)
        .isEqualTo(new MandatedStep.VariableIs("meetingNeeded", Set.of("true")));
    assertThat(COMPLAINT.signals().get("Task_ResultFeedbackEscalateLevel2")).containsExactly(FindingKind.ESCALATED);
  }

  @Test
  void aCompletePathSkipsNothing() {
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), completed(HAPPY, Map.of("meetingNeeded", Set.of("false")))))
        .isEmpty();
  }

  @Test
  void aCompletedInstanceWithoutTheFeedbackToTheCustomerSkippedIt() {
    List<String> withoutFeedback = new ArrayList<>(HAPPY);
    withoutFeedback.remove("Task_FeedBackResult");
    withoutFeedback.remove("Task_SatisfactionSurvey");
    InstancePath path = completed(withoutFeedback, Map.of("meetingNeeded", Set.of("false")));

    assertThat(PathCheck.skipped(COMPLAINT.mandated(), path)).extracting(MandatedStep::activityId)
        .containsExactly("Task_FeedBackResult", "Task_SatisfactionSurvey");
    assertThat(Findings.of(COMPLAINT, path)).extracting(Finding::detail).containsExactly(
        "未经过必经步骤「向客户反馈处理结果」（始终必经）", "未经过必经步骤「客户满意度调查」（始终必经）");
  }

  @Test
  void theMeetingIsMandatedOnlyOnTheBranchWhereTheInvestigationAskedForIt() {
    Map<String, Set<String>> noMeeting = Map.of("meetingNeeded", Set.of("false"));
    Map<String, Set<String>> meeting = Map.of("meetingNeeded", Set.of("true"));
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), completed(HAPPY, noMeeting))).isEmpty();
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), completed(HAPPY, meeting)))
        .extracting(MandatedStep::activityId).containsExactly("Task_HoldInternalMeeting");
    // a second round that needed no meeting does not excuse the first round's
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), completed(HAPPY,
        Map.of("meetingNeeded", Set.of("true", "false"))))).extracting(MandatedStep::activityId)
        .containsExactly("Task_HoldInternalMeeting");
  }

  @Test
  void aStepMovedPastCountsAsSkippedEvenThoughItWasStarted() {
    List<Step> steps = steps(HAPPY);
    steps.replaceAll(s -> s.activityId().equals("Task_Investigate")
        ? new Step(s.activityId(), s.activityName(), s.activityType(), s.startTime(), s.endTime(), true, null) : s);
    InstancePath path = path(InstancePath.COMPLETED, steps, Map.of("meetingNeeded", Set.of("false")));
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), path)).extracting(MandatedStep::activityId)
        .containsExactly("Task_Investigate");
  }

  @Test
  void theSupervisionIsMandatedOnlyAfterTheEscalationAndTheEscalationIsAFinding() {
    List<String> escalated = new ArrayList<>(HAPPY);
    escalated.addAll(List.of("Timer_InitialResponseLevel1", "Task_InitialResponseEscalateLevel1"));
    InstancePath path = completed(escalated, Map.of("meetingNeeded", Set.of("false")));
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), path)).extracting(MandatedStep::activityId)
        .containsExactly("Task_SuperviseOverdue_InitialResponse");
    assertThat(Findings.of(COMPLAINT, path)).extracting(Finding::kind, Finding::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FindingKind.ESCALATED, "超时升级至客户服务经理"),
        org.assertj.core.groups.Tuple.tuple(FindingKind.MANDATED_STEP_SKIPPED,
            "未经过必经步骤「督办超时投诉」（经过「超时升级至客户服务经理」后必经）"));

    escalated.add("Task_SuperviseOverdue_InitialResponse");
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), completed(escalated, Map.of("meetingNeeded", Set.of("false")))))
        .isEmpty();
  }

  @Test
  void aRunningInstanceIsNotJudgedAndACancelledOneIsAFindingOfItsOwn() {
    List<String> halfway = HAPPY.subList(0, 6);
    assertThat(PathCheck.skipped(COMPLAINT.mandated(), path("ACTIVE", steps(halfway), Map.of()))).isEmpty();
    InstancePath cancelled = new InstancePath("pi-1", "CMP-2026-000001", "def", 1, InstancePath.EXTERNALLY_TERMINATED,
        Instant.parse("2026-11-24T02:00:00Z"), Instant.parse("2026-11-24T03:00:00Z"), "重复登记", steps(halfway),
        Map.of());
    assertThat(Findings.of(COMPLAINT, cancelled)).extracting(Finding::kind, Finding::detail).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FindingKind.TERMINATED, "流程未办完即被取消：重复登记"));
  }

  @Test
  void aConditionTheReportWouldNotUnderstandIsRefusedWithWhatIsAllowed() {
    assertThat(MandatedStep.parse("when passed Task_X")).isEqualTo(new MandatedStep.Passed("Task_X"));
    assertThat(MandatedStep.parse("when complexity = complex|important"))
        .isEqualTo(new MandatedStep.VariableIs("complexity", Set.of("complex", "important")));
    assertThatThrownBy(() -> MandatedStep.parse("true")).hasMessageContaining("always, when <variable>");
    assertThatThrownBy(() -> MandatedStep.parse("when meetingNeeded =")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelRules.parseSignals("escalated, late")).hasMessageContaining("deadlineBreached");
  }

  // ------------------------------------------------------------------------------------------ hand-made histories

  static InstancePath completed(List<String> activityIds, Map<String, Set<String>> variables) {
    return path(InstancePath.COMPLETED, steps(activityIds), variables);
  }

  static InstancePath path(String state, List<Step> steps, Map<String, Set<String>> variables) {
    boolean ended = !state.equals("ACTIVE");
    return new InstancePath("pi-1", "CMP-2026-000001", "def", 1, state, Instant.parse("2026-11-24T02:00:00Z"),
        ended ? Instant.parse("2026-12-25T02:00:00Z") : null, null, steps, variables);
  }

  static List<Step> steps(List<String> activityIds) {
    List<Step> steps = new ArrayList<>();
    Instant t = Instant.parse("2026-11-24T02:00:00Z");
    for (String id : activityIds) {
      steps.add(new Step(id, COMPLAINT.nameOf(id), "task", t, t.plusSeconds(60), false, null));
      t = t.plusSeconds(120);
    }
    return steps;
  }
}
