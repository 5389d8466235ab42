package com.crmflow.development.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.grading.ChunkGrading;
import com.crmflow.customer.grading.GradingRun;
import com.crmflow.customer.grading.GradingRuns;
import com.crmflow.customer.grading.MajorChange;
import com.crmflow.development.domain.Lead;
import com.crmflow.development.domain.LeadCapture;
import com.crmflow.development.domain.LeadInput;
import com.crmflow.development.domain.LeadRepository;
import com.crmflow.development.domain.LeadVisit;
import com.crmflow.development.domain.Leads;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of {@code customer-development} (SPEC P5.1–P5.4) with the real delegates, form validation and
 * tables: a lead captured in Tasklist becomes a D customer of market development staff; a visit not confirmed is
 * planned again; follow-ups until the outcome; nurture → follow-ups again; convert; close with a reason; a lead
 * without contact for 30 days → crm-dept supervises; duplicates, a referral without a valid referrer and a lead id
 * of another instance are refused.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = {"return-visit", "cooperation-agreement", "credit-evaluation"}) // measured elsewhere
class CustomerDevelopmentProcessTest {

  static final Map<String, List<String>> GROUPS = Map.of(
      "xiexin", List.of("account-manager", "am-development"), "fengxue", List.of("account-manager", "am-development"),
      "zhouyan", List.of("dept-head", "dept-market"), "wuxia", List.of("crm-dept"));

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired LeadRepository leadRepository;
  @Autowired Leads leads;
  @Autowired LeadCapture capture;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired GradingRuns gradingRuns;
  @Autowired ChunkGrading chunkGrading;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-12-01T10:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** The customer graded by a one-customer regrading run (its chunk graded here): grade and status of the result. */
  String regraded(Long customerId) {
    GradingRun run = gradingRuns.startMajorChange(new MajorChange(customerId, "other", "测试：重新分级", null), "wuxia",
        true, "test-" + UUID.randomUUID());
    chunkGrading.gradeChunk(run.getId(), 0);
    return jdbc.queryForObject("SELECT grade || ' ' || status FROM crm_grading_result WHERE run_id = ?"
        + " AND customer_id = ?", String.class, run.getId(), customerId);
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies({"P5.1", "P5.2", "P5.3", "P5.4", "P6.1"})
  void aLeadFromTasklistIsVisitedAfterAReplanFollowedUpNurturedAndConverted() {
    String company = "开发测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
    ProcessInstance pi = startAs("zhouyan", leadValues(company, "employee-referral", "zhangwei"));
    Lead lead = leadOf(pi);
    assertThat(pi.getBusinessKey()).matches("LEAD-2026-\\d{6}").isEqualTo(lead.getLeadNumber());
    assertThat(lead.getReferrer()).as("kept for the referral reward").isEqualTo("zhangwei");
    assertThat(lead.getCapturedBy()).isEqualTo("zhouyan");
    assertThat(lead.getOwner()).as("owner rules for grade D: am-development").isIn("xiexin", "fengxue");
    Customer c = customers.findById(lead.getCustomerId()).orElseThrow();
    assertThat(c.getGrade()).isEqualTo("D");
    assertThat(c.getOwner()).isEqualTo(lead.getOwner());
    assertThat(c.getName()).isEqualTo(company);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log WHERE entity_type = 'customer' AND entity_id = ?"
        + " AND action = ?", Integer.class, String.valueOf(c.getId()), AuditLog.CREATE)).isEqualTo(1);
    String owner = lead.getOwner();

    Task plan = task("Task_PlanVisit", pi);
    assertThat(plan.getAssignee()).isEqualTo(owner);
    assertThat((String) taskService.getVariableLocal(plan.getId(), "context")).contains(lead.getLeadNumber())
        .contains(company).contains("员工推荐").contains("zhangwei");
    completeAs(plan, owner, planValues("2026-12-08"));
    Task confirm = task("Task_ConfirmVisit", pi);
    assertThatThrownBy(() -> completeAs(confirm, owner, Map.of("visitConfirmed", false)))
        .hasMessageContaining("confirmationNote");
    completeAs(confirm, owner, Map.of("visitConfirmed", false, "confirmationNote", "客户 12 月 8 日出差，请改期"));
    assertThat(pi).isWaitingAt("Task_PlanVisit");
    completeAs(task("Task_PlanVisit", pi), owner, planValues("2026-12-10"));
    completeAs(task("Task_ConfirmVisit", pi), owner, Map.of("visitConfirmed", true));

    at("2026-12-10T16:00");
    Map<String, Object> record = new HashMap<>();
    record.put("visitedOn", "2026-12-10");
    record.put("visitRecord", "介绍了公司产品和成功案例，客户关心交付周期");
    record.put("visitSummary", "客户有明确的采购计划，预算已批");
    record.put("intention", "strong");
    record.put("nextStep", "一周内发送报价方案");
    completeAs(task("Task_RecordVisit", pi), owner, record);
    lead = leadRepository.findById(lead.getId()).orElseThrow();
    assertThat(lead.getIntention()).isEqualTo("strong");
    assertThat(leads.visitsOf(lead.getId())).extracting(LeadVisit::getStatus)
        .containsExactly(LeadVisit.NOT_CONFIRMED, LeadVisit.DONE);

    at("2026-12-15T10:00");
    completeAs(task("Task_FollowUp", pi), owner, followUp("continue", "2026-12-22"));
    at("2026-12-22T10:00");
    completeAs(task("Task_FollowUp", pi), owner, followUp("conclude", null));
    // variables that try to steer the grade are not read: intention from the visit, scale and industry from the archive
    completeAs(task("Task_DecideOutcome", pi), owner, Map.of("outcome", "nurture", "intention", "none",
        "scale", "micro", "prospectGrade", "D"));
    assertThat(pi).hasPassed("Task_GradeProspect").isWaitingAt("Task_FollowUp");
    // 装备制造 is a key industry, medium scale, strong intention → A (001 §3(1)); stored on the customer archive
    c = customers.findById(lead.getCustomerId()).orElseThrow();
    assertThat(c.getGrade()).as("prospect classification on nurture").isEqualTo("A");
    assertThat(c.getGradedAt()).isNotNull();
    assertThat(jdbc.queryForObject("SELECT details FROM crm_audit_log WHERE entity_type = 'customer'"
        + " AND entity_id = ? AND action = ?", String.class, String.valueOf(c.getId()), AuditLog.GRADE_CHANGE))
        .isEqualTo("grade D → A");
    assertThat(jdbc.queryForObject("SELECT actor || ' ' || details FROM crm_audit_log WHERE entity_type = 'lead'"
        + " AND entity_id = ? AND action = ?", String.class, String.valueOf(lead.getId()), AuditLog.GRADE_CHANGE))
        .startsWith(owner + " 线索 " + lead.getLeadNumber() + " 继续培育，潜在客户分类 D → A")
        .contains("企业规模 中型").contains("所属行业 装备制造").contains("合作意向 意向强烈").contains("customer-grading v");
    // a regrading (periodic or major change, the same chunk grading) keeps grading the nurtured prospect by its
    // prospect criteria: its indicator grade (D, no indicators yet) is not proposed again
    assertThat(regraded(c.getId())).isEqualTo("A UNCHANGED");
    completeAs(task("Task_FollowUp", pi), owner, followUp("conclude", null));
    completeAs(task("Task_DecideOutcome", pi), owner, Map.of("outcome", "convert", "outcomeReason", "双方同意签订合作协议"));

    assertThat(pi).isEnded().hasPassed("EndEvent_Converted").hasNotPassed("EndEvent_Closed", "Task_SuperviseFollowUp");
    lead = leadRepository.findById(lead.getId()).orElseThrow();
    assertThat(lead.getStatus()).isEqualTo(Lead.CONVERTED);
    assertThat(lead.getDecidedBy()).isEqualTo(owner);
    assertThat(leads.followUpsOf(lead.getId())).hasSize(3);
    // the conversion starts the customer's agreement: its draft task for legal and the owner, the customer fixed
    assertThat(pi).hasPassed("Task_RequestAgreement");
    ProcessInstance agreement = runtimeService.createProcessInstanceQuery().processDefinitionKey("cooperation-agreement")
        .processInstanceBusinessKey(lead.getLeadNumber()).singleResult();
    assertThat(agreement).isWaitingAt("Task_DraftAgreement");
    Task draft = task("Task_DraftAgreement", agreement);
    assertThat(taskService.getIdentityLinksForTask(draft.getId())).extracting(IdentityLink::getGroupId).contains("legal");
    assertThat(taskService.getIdentityLinksForTask(draft.getId())).extracting(IdentityLink::getUserId).contains(owner);
    assertThat((String) taskService.getVariableLocal(draft.getId(), "context")).contains(company)
        .contains(lead.getLeadNumber());
  }

  @Test
  @Verifies({"P5.2", "P5.4"})
  void aLeadRecordedThroughTheApiIsClosedOnlyWithAReason() {
    ProcessInstance pi = startWithLead(leadInput("开发关闭" + UUID.randomUUID().toString().substring(0, 8), "online", null));
    Lead lead = leadOf(pi);
    String owner = lead.getOwner();
    completeAs(task("Task_PlanVisit", pi), owner, planValues("2026-12-01"));
    completeAs(task("Task_ConfirmVisit", pi), owner, Map.of("visitConfirmed", true));
    Map<String, Object> record = new HashMap<>();
    record.put("visitedOn", "2026-12-01");
    record.put("visitRecord", "客户已与其他供应商签约");
    record.put("visitSummary", "短期内无合作可能");
    record.put("intention", "none");
    record.put("nextStep", "关闭线索");
    completeAs(task("Task_RecordVisit", pi), owner, record);
    completeAs(task("Task_FollowUp", pi), owner, followUp("conclude", null));
    Task decide = task("Task_DecideOutcome", pi);
    assertThatThrownBy(() -> completeAs(decide, owner, Map.of("outcome", "close"))).hasMessageContaining("原因");
    completeAs(decide, owner, Map.of("outcome", "close", "outcomeReason", "客户已与其他供应商签约"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Closed").hasNotPassed("EndEvent_Converted");
    lead = leadRepository.findById(lead.getId()).orElseThrow();
    assertThat(lead.getStatus()).isEqualTo(Lead.CLOSED);
    assertThat(lead.getOutcomeReason()).isEqualTo("客户已与其他供应商签约");
  }

  @Test
  @Verifies("P5.3")
  void aLeadWithoutContactFor30DaysGoesToCrmDeptForSupervision() {
    ProcessInstance pi = startWithLead(leadInput("开发督办" + UUID.randomUUID().toString().substring(0, 8), "market-research", null));
    Lead lead = leadOf(pi);
    String owner = lead.getOwner();
    completeAs(task("Task_PlanVisit", pi), owner, planValues("2026-12-01"));
    completeAs(task("Task_ConfirmVisit", pi), owner, Map.of("visitConfirmed", true));
    Map<String, Object> record = new HashMap<>();
    record.put("visitedOn", "2026-12-01");
    record.put("visitRecord", "初步沟通");
    record.put("visitSummary", "需要进一步了解");
    record.put("intention", "unclear");
    record.put("nextStep", "电话跟进");
    at("2026-12-01T15:00");
    completeAs(task("Task_RecordVisit", pi), owner, record);
    assertThat(job("Timer_NoContact", pi).getDuedate().toInstant()).isEqualTo(instant("2026-12-31T15:00"));

    at("2026-12-31T15:01");
    execute(job("Timer_NoContact", pi));
    Task supervise = task("Task_SuperviseFollowUp", pi);
    assertThat(supervise.getName()).isEqualTo("督办客户跟进");
    assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getGroupId)
        .contains("crm-dept");
    assertThat(leadRepository.findById(lead.getId()).orElseThrow().getEscalatedAt()).isNotNull();
    assertThat(pi).isWaitingAt("Task_FollowUp", "Task_SuperviseFollowUp");
    completeAs(supervise, "wuxia", Map.of("superviseMeasures", "已要求跟进人本周内电话联系客户"));
    assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("Task_FollowUp");
    assertThat(leadRepository.findById(lead.getId()).orElseThrow().getSupervisedBy()).isEqualTo("wuxia");
  }

  @Test
  @Verifies("P5.3")
  void aLeadWaitingForItsVisitPlanConfirmationOrRecordIsEscalatedToo() {
    ProcessInstance pi = startWithLead(leadInput("开发拜访督办" + UUID.randomUUID().toString().substring(0, 8), "online", null));
    String owner = leadOf(pi).getOwner();
    assertThat(job("Timer_NoContactPlan", pi).getDuedate().toInstant()).isEqualTo(instant("2026-12-31T10:00"));
    at("2026-12-31T10:01");
    execute(job("Timer_NoContactPlan", pi));
    completeAs(task("Task_SuperviseFollowUp", pi), "wuxia", Map.of("superviseMeasures", "督促尽快制定拜访计划"));

    completeAs(task("Task_PlanVisit", pi), owner, planValues("2027-01-05"));
    // planning is no contact with the customer: still counted from the capture
    execute(job("Timer_NoContactConfirm", pi));
    completeAs(task("Task_SuperviseFollowUp", pi), "wuxia", Map.of("superviseMeasures", "督促与客户确认"));
    completeAs(task("Task_ConfirmVisit", pi), owner, Map.of("visitConfirmed", true));

    // the confirmation was a contact: the next escalation counts from it
    assertThat(job("Timer_NoContactRecord", pi).getDuedate().toInstant()).isEqualTo(instant("2027-01-30T10:01"));
    at("2027-01-30T10:02");
    execute(job("Timer_NoContactRecord", pi));
    assertThat(pi).isWaitingAt("Task_RecordVisit", "Task_SuperviseFollowUp");
    completeAs(task("Task_SuperviseFollowUp", pi), "wuxia", Map.of("superviseMeasures", "督促记录拜访结果"));
    assertThat(pi).isWaitingAt("Task_RecordVisit");
  }

  @Test
  @Verifies("P5.1")
  void aCompanyAlreadyInTheArchiveIsRefusedNamingTheCustomer() {
    String company = "开发查重" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
    startAs("zhouyan", leadValues(company, "online", null));
    // the same company written with other spaces and brackets is still the same customer
    assertThatThrownBy(() -> startAs("xiexin", leadValues(" " + company + " ", "market-research", null)))
        .hasMessageContaining("已是客户档案中的客户「" + company + "」");
  }

  @Test
  @Verifies("P5.1")
  void anEmployeeReferralNeedsAnExistingReferrer() {
    assertThatThrownBy(() -> startAs("zhouyan", leadValues("开发推荐" + UUID.randomUUID(), "employee-referral", "nobody")))
        .hasMessageContaining("推荐员工不存在");
  }

  @Test
  void aLeadIdOfAnotherInstanceIsRefused() {
    ProcessInstance a = startWithLead(leadInput("开发甲" + UUID.randomUUID().toString().substring(0, 8), "online", null));
    ProcessInstance b = startWithLead(leadInput("开发乙" + UUID.randomUUID().toString().substring(0, 8), "online", null));
    runtimeService.setVariable(b.getId(), "leadId", leadOf(a).getId());
    Task plan = task("Task_PlanVisit", b);
    assertThatThrownBy(() -> completeAs(plan, plan.getAssignee(), planValues("2026-12-05")))
        .hasMessageContaining("属于另一个流程实例");
    assertThat(leads.visitsOf(leadOf(a).getId())).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(DevelopmentVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** As POST /api/leads does: the lead recorded, then its instance started with its id. */
  private ProcessInstance startWithLead(LeadInput in) {
    return transaction.execute(s -> {
      Lead lead = capture.capture(in, "xiexin");
      return runtimeService.startProcessInstanceByKey(DevelopmentVariables.PROCESS_KEY, lead.getLeadNumber(),
          Variables.createVariables().putValue("leadId", lead.getId()).putValue("initiator", "xiexin"));
    });
  }

  private Lead leadOf(ProcessInstance pi) {
    Long id = (Long) runtimeService.getVariable(pi.getId(), "leadId");
    return leadRepository.findById(id).orElseThrow();
  }

  private static LeadInput leadInput(String company, String channel, String referrer) {
    return new LeadInput(channel, referrer, company, null, "装备制造", "medium", "采购生产线自动化改造服务", null);
  }

  private static Map<String, Object> leadValues(String company, String channel, String referrer) {
    Map<String, Object> v = new HashMap<>();
    v.put("channel", channel);
    if (referrer != null) {
      v.put("referrer", referrer);
    }
    v.put("companyName", company);
    v.put("industry", "装备制造");
    v.put("scale", "medium");
    v.put("needs", "采购生产线自动化改造服务，预算约 200 万元");
    v.put("background", "行业展会上结识，年产值约 5 亿元");
    return v;
  }

  private static Map<String, Object> planValues(String date) {
    Map<String, Object> v = new HashMap<>();
    v.put("visitPurpose", "了解客户需求，介绍公司产品");
    v.put("plannedDate", date);
    v.put("plannedTime", "14:30");
    v.put("attendees", json("[{\"name\":\"谢鑫\",\"role\":\"主谈\"},{\"name\":\"陈刚\",\"role\":\"技术讲解\"}]"));
    v.put("visitContent", "产品演示和案例介绍");
    v.put("materials", "公司介绍、产品手册、成功案例");
    return v;
  }

  private static Map<String, Object> followUp(String nextAction, String nextDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("followUpWay", "phone");
    v.put("contactedOn", ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
        .toLocalDate().toString());
    v.put("followUpContent", "电话沟通报价方案");
    v.put("customerFeedback", "对价格基本认可，需内部审批");
    v.put("problemsSolved", "解答了交付周期问题");
    v.put("nextAction", nextAction);
    if (nextDate != null) {
      v.put("nextFollowUpDate", nextDate);
    }
    return v;
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Object json(String s) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(s).create();
  }
}
