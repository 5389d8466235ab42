package com.crmflow.care.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.care.domain.CareActivity;
import com.crmflow.care.domain.CareActivityRepository;
import com.crmflow.care.domain.CareHistory;
import com.crmflow.care.domain.CareImprovementRepository;
import com.crmflow.care.domain.CareTarget;
import com.crmflow.care.domain.CareTargetRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code care-activity} (SPEC P8.1–P8.3) with the real delegates, form validation and tables: an
 * appreciation event (invitations per customer, one accepted and one declined, attendance, summary, an improvement
 * item followed by its owner), a seminar nobody accepts (straight to the summary), a holiday greeting (sent to the
 * targets, summary without improvements), targets by grade (only the organizer's customers), a cancelled instance,
 * and the insider cases: another owner's customer or an unknown id as target, extra variables, attendance of a
 * customer who declined, an improvement owner outside the offered list, a target variable pointing elsewhere.
 */
@ProcessTest
@ProcessCoverageGate
class CareActivityProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired CareActivityRepository activities;
  @Autowired CareTargetRepository targets;
  @Autowired CareImprovementRepository improvements;
  @Autowired CareHistory history;
  @Autowired ObjectMapper json;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  @Verifies({"P8.1", "P8.2", "P8.3", "X.3"})
  void anAppreciationEventInvitesEachCustomerRecordsAttendanceAndFollowsTheImprovementItems() throws Exception {
    at("2026-11-24T10:00");
    Long accepting = customer("A", "zhangwei");
    Long declining = customer("B", "zhangwei");
    ProcessInstance pi = startAs("zhangwei", plan("APPRECIATION_EVENT", "2026-12-10", List.of(accepting, declining)));
    CareActivity a = activityOf(pi);
    assertThat(pi.getBusinessKey()).matches("CARE-2026-\\d{6}").isEqualTo(a.getActivityNumber());
    assertThat(a.getOrganizer()).isEqualTo("zhangwei");
    assertThat(a.getStatus()).isEqualTo(CareActivity.INVITING);
    assertThat(targets.findByActivityIdOrderById(a.getId())).extracting(CareTarget::getCustomerId)
        .containsExactly(accepting, declining);

    List<Task> invitations = tasks(pi, "Task_ConfirmInvitation");
    assertThat(invitations).hasSize(2).allSatisfy(t -> {
      assertThat(t.getAssignee()).isEqualTo("zhangwei");
      assertThat(t.getName()).isEqualTo("确认客户邀请");
      assertThat(t.getDueDate()).as("3 working days, before the activity day").isEqualTo(beijing("2026-11-27T10:00"));
    });
    Task first = invitationFor(pi, accepting);
    assertThat((String) taskService.getVariableLocal(first.getId(), "context")).contains("客户答谢会")
        .contains(a.getActivityNumber()).contains("邀请客户：" + customers.findById(accepting).orElseThrow().getName());
    completeAs(first, "zhangwei", reply("ACCEPTED"));
    completeAs(invitationFor(pi, declining), "zhangwei", reply("DECLINED"));

    assertThat(pi).hasPassed("Task_CloseInvitations").isWaitingAt("Task_ExecuteActivity");
    Task execute = task("Task_ExecuteActivity", pi);
    assertThat(execute.getDueDate()).isEqualTo(beijing("2026-12-10T18:00"));
    assertThat(taskService.getVariableLocal(execute.getId(), "attendeeOptions").toString())
        .contains(String.valueOf(accepting)).doesNotContain("\"" + declining + "\"");
    assertThatThrownBy(() -> completeAs(execute, "zhangwei", execution(List.of(declining))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining(String.valueOf(declining));

    at("2026-12-10T17:00");
    completeAs(execute, "zhangwei", execution(List.of(accepting)));
    Task summary = task("Task_SummarizeActivity", pi);
    assertThat(summary.getDueDate()).as("5 working days after the activity day").isEqualTo(beijing("2026-12-17T18:00"));
    assertThat((String) taskService.getVariableLocal(summary.getId(), "context")).contains("接受邀请 1 位，出席 1 位");
    assertThatThrownBy(() -> completeAs(summary, "zhangwei", summary(4, improvement("huangfang", "2026-12-31"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("huangfang");
    completeAs(summary, "zhangwei", summary(4, improvement("lina", "2026-12-31")));

    Task follow = task("Task_FollowImprovement", pi);
    assertThat(follow.getAssignee()).isEqualTo("lina");
    assertThat(follow.getDueDate()).isEqualTo(beijing("2026-12-31T18:00"));
    assertThat(activityOf(pi).getStatus()).isEqualTo(CareActivity.IMPROVING);
    completeAs(follow, "lina", Map.of("result", "已调整邀请名单，提前两周发出邀请"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Improved");

    CareActivity done = activityOf(pi);
    assertThat(done.getStatus()).isEqualTo(CareActivity.DONE);
    assertThat(done.getScore()).isEqualTo(4);
    assertThat(improvements.findByActivityIdOrderById(done.getId())).singleElement()
        .satisfies(x -> assertThat(x.getDoneBy()).isEqualTo("lina"));
    assertThat(targets.findByActivityIdAndCustomerId(done.getId(), accepting).orElseThrow().getAttended()).isTrue();
    assertThat(targets.findByActivityIdAndCustomerId(done.getId(), declining).orElseThrow().getAttended()).isNull();

    // on each customer's communication log
    assertThat(history.communications(accepting)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("care-activity");
      assertThat(c.summary()).contains("客户答谢会").contains("接受邀请").contains("已出席");
      assertThat(c.reference()).isEqualTo(done.getActivityNumber());
    });
    assertThat(history.communications(declining)).extracting(Communication::summary).singleElement()
        .asString().contains("谢绝邀请");
    assertThat(history.entries(accepting)).singleElement().satisfies(e -> assertThat(e.attended()).isTrue());
  }

  @Test
  @Verifies({"P8.2", "P8.3"})
  void aSeminarNobodyAcceptsGoesStraightToTheSummaryWithoutImprovements() throws Exception {
    at("2026-11-24T10:00");
    Long c = customer("C", "lina");
    ProcessInstance pi = startAs("lina", plan("INDUSTRY_SEMINAR", "2026-11-25", List.of(c)));
    Task invitation = task("Task_ConfirmInvitation", pi);
    assertThat(invitation.getDueDate()).as("not after the activity day").isEqualTo(beijing("2026-11-25T00:00"));
    completeAs(invitation, "lina", reply("DECLINED"));
    assertThat(pi).hasPassed("Gateway_SummaryJoin").hasNotPassed("Task_ExecuteActivity")
        .isWaitingAt("Task_SummarizeActivity");
    assertThat((String) taskService.getVariableLocal(task(pi).getId(), "context")).contains("活动未举办");
    completeAs(task(pi), "lina", summary(2));
    assertThat(pi).isEnded().hasPassed("EndEvent_CareDone");
    assertThat(activityOf(pi).getStatus()).isEqualTo(CareActivity.DONE);
  }

  @Test
  @Verifies({"P8.1", "P8.2"})
  void aHolidayGreetingIsSentToTheTargetsAndRecordedOnTheirTimeline() throws Exception {
    at("2026-11-24T10:00");
    Long sent = customer("A", "gaoming");
    Long notSent = customer("A", "gaoming");
    ProcessInstance pi = startAs("gaoming", plan("HOLIDAY_GREETING", "2026-12-31", List.of(sent, notSent)));
    assertThat(pi).hasNotPassed("Task_ConfirmInvitation").isWaitingAt("Task_SendGreetings");
    Task send = task(pi);
    assertThat(send.getAssignee()).isEqualTo("gaoming");
    assertThat(taskService.getVariableLocal(send.getId(), "targetOptions").toString())
        .contains(String.valueOf(sent)).contains(String.valueOf(notSent));
    Map<String, Object> v = new HashMap<>();
    v.put("sentCustomerIds", ids(List.of(sent)));
    v.put("channel", "wechat");
    v.put("executionNotes", "元旦问候已通过微信发送");
    at("2026-12-30T09:00");
    completeAs(send, "gaoming", v);
    completeAs(task("Task_SummarizeActivity", pi), "gaoming", summary(5));
    assertThat(pi).isEnded().hasPassed("EndEvent_CareDone");

    assertThat(history.communications(sent)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("care-greeting");
      assertThat(c.kindName()).isEqualTo("节日问候");
      assertThat(c.way()).isEqualTo("微信");
      assertThat(c.by()).isEqualTo("gaoming");
    });
    assertThat(history.communications(notSent)).isEmpty();
  }

  @Test
  @Verifies("P8.1")
  void targetsByGradeAreOnlyTheOrganizersCustomersOfThoseGradesAndACancelledInstanceCancelsTheActivity()
      throws Exception {
    at("2026-11-24T10:00");
    Long mineA = customer("A", "songyu");
    Long mineB = customer("B", "songyu");
    Long othersA = customer("A", "tangli");
    Map<String, Object> v = plan("APPRECIATION_EVENT", "2026-12-20", List.of());
    v.put("targetMode", "GRADE");
    v.remove("customerIds");
    v.put("grades", SpinValues.jsonValue("[\"A\"]").create());
    ProcessInstance pi = startAs("songyu", v);
    CareActivity a = activityOf(pi);
    assertThat(targets.findByActivityIdOrderById(a.getId())).extracting(CareTarget::getCustomerId)
        .contains(mineA).doesNotContain(mineB, othersA);

    runtimeService.deleteProcessInstance(pi.getId(), "test");
    assertThat(activityOf(pi).getStatus()).isEqualTo(CareActivity.CANCELLED);
  }

  @Test
  @Verifies({"P8.1", "X.2"})
  void anotherOwnersCustomerAnUnknownIdAndExtraVariablesAreRefusedAndLeaveNothingBehind() throws Exception {
    at("2026-11-24T10:00");
    Long mine = customer("A", "luojing");
    Long others = customer("A", "tangli");
    ProcessInstance others1 = startAs("tangli", plan("APPRECIATION_EVENT", "2026-12-10", List.of(others)));
    long before = activities.count();
    assertThatThrownBy(() -> startAs("luojing", plan("APPRECIATION_EVENT", "2026-12-10", List.of(mine, others))))
        .hasMessageContaining("customerIds").hasMessageContaining("客户编号 " + others + " 不存在");
    assertThatThrownBy(() -> startAs("luojing", plan("APPRECIATION_EVENT", "2026-12-10", List.of(mine, 99999999L))))
        .hasMessageContaining("客户编号 99999999 不存在");
    // another activity's id on start: refused (through /engine-rest the form's undeclared key is refused first)
    Map<String, Object> extra = plan("APPRECIATION_EVENT", "2026-12-10", List.of(mine));
    extra.put("careActivityId", activityOf(others1).getId());
    assertThatThrownBy(() -> startAs("luojing", extra)).hasMessageContaining("另一个流程实例");
    assertThatThrownBy(() -> startAs("luojing", plan("APPRECIATION_EVENT", "2026-11-01", List.of(mine))))
        .hasMessageContaining("plannedOn");
    Map<String, Object> noPlace = plan("INDUSTRY_SEMINAR", "2026-12-10", List.of(mine));
    noPlace.remove("place");
    assertThatThrownBy(() -> startAs("luojing", noPlace)).hasMessageContaining("place");
    assertThat(activities.count()).as("nothing half-written").isEqualTo(before);

    // a target variable pointing at another activity's target is refused by the step
    ProcessInstance mineActivity = startAs("luojing", plan("APPRECIATION_EVENT", "2026-12-10", List.of(mine)));
    Long foreignTarget = targets.findByActivityIdOrderById(activityOf(others1).getId()).get(0).getId();
    Task invitation = task("Task_ConfirmInvitation", mineActivity);
    runtimeService.setVariableLocal(invitation.getExecutionId(), "targetId", foreignTarget);
    assertThatThrownBy(() -> completeAs(invitation, "luojing", reply("ACCEPTED")))
        .hasMessageContaining("属于另一个流程实例");
    assertThat(targets.findById(foreignTarget).orElseThrow().getReply()).isNull();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Long customer(String grade, String owner) {
    Customer c = new Customer();
    c.setName("关怀活动测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(java.time.Instant.parse("2026-01-05T02:00:00Z"));
    return customers.save(c).getId();
  }

  private Object ids(List<Long> ids) throws Exception {
    return SpinValues.jsonValue(json.writeValueAsString(ids.stream().map(String::valueOf).toList())).create();
  }

  private Map<String, Object> plan(String kind, String day, List<Long> customerIds) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("kind", kind);
    v.put("title", "2026 年度客户关怀");
    v.put("plannedOn", day);
    v.put("place", "上海国际会议中心");
    v.put("content", "答谢合作客户，介绍新一年的合作计划");
    v.put("budget", 50000L);
    v.put("targetMode", "LIST");
    v.put("customerIds", ids(customerIds));
    return v;
  }

  private static Map<String, Object> reply(String reply) {
    Map<String, Object> v = new HashMap<>();
    v.put("reply", reply);
    v.put("replyNote", "联系人确认");
    return v;
  }

  private Map<String, Object> execution(List<Long> attended) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("attendedCustomerIds", ids(attended));
    v.put("executionNotes", "活动按计划举行");
    return v;
  }

  private static Map<String, Object> improvement(String owner, String due) {
    return Map.of("item", "提前两周发出邀请", "owner", owner, "dueOn", due);
  }

  @SafeVarargs
  private Map<String, Object> summary(long score, Map<String, Object>... items) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("score", score);
    v.put("summary", "活动总体顺利");
    v.put("evaluation", "客户反馈良好，预算执行 90%");
    if (items.length > 0) {
      v.put("improvements", SpinValues.jsonValue(json.writeValueAsString(List.of(items))).create());
    }
    return v;
  }

  static final Map<String, List<String>> GROUPS = Map.of("zhangwei", List.of("account-manager", "am-senior"),
      "lina", List.of("account-manager", "am-core"), "gaoming", List.of("account-manager", "am-senior"),
      "songyu", List.of("account-manager", "am-regular"), "tangli", List.of("account-manager", "am-regular"),
      "luojing", List.of("account-manager", "am-core"), "wuxia", List.of("crm-dept"));

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CareVariables.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private CareActivity activityOf(ProcessInstance pi) {
    return activities.findAll().stream().filter(a -> pi.getId().equals(a.getProcessInstanceId())).findFirst()
        .orElseThrow();
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  private Task invitationFor(ProcessInstance pi, Long customerId) {
    Long targetId = targets.findByActivityIdAndCustomerId(activityOf(pi).getId(), customerId).orElseThrow().getId();
    return tasks(pi, "Task_ConfirmInvitation").stream()
        .filter(t -> targetId.equals(runtimeService.getVariableLocal(t.getExecutionId(), "targetId"))).findFirst()
        .orElseThrow();
  }
}
