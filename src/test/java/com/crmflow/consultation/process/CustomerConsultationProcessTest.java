package com.crmflow.consultation.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationEvent;
import com.crmflow.consultation.domain.ConsultationHistory;
import com.crmflow.consultation.domain.ConsultationRepository;
import com.crmflow.consultation.domain.Consultations;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.development.domain.Lead;
import com.crmflow.development.domain.LeadRepository;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.Instant;
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

/**
 * Every path of {@code customer-consultation} (SPEC P5.5) with the real delegates, form validation and tables: a
 * consultation answered in time without intent; the warning to the assignee before the response time ends; the
 * escalation to cs-manager at the breach with its supervision; cooperation intent of an unknown enquirer → a new lead
 * and D customer in customer development; intent of a known customer → a lead linked to it (and, with an open lead,
 * no second one); the response time counted in working hours; refusals.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = "customer-development")
class CustomerConsultationProcessTest {

  static final Map<String, List<String>> GROUPS = Map.of("huangfang", List.of("cs-specialist"),
      "yangjun", List.of("cs-manager"), "xiexin", List.of("account-manager", "am-development"),
      "zhengkai", List.of("senior-management"));

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired ConsultationRepository consultationRepository;
  @Autowired Consultations consultations;
  @Autowired ConsultationHistory history;
  @Autowired LeadRepository leads;
  @Autowired NotificationService notifications;
  @Autowired JdbcTemplate jdbc;

  Long customerId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-12-01T10:00"); // a Tuesday in Beijing
    Customer c = new Customer();
    c.setName("咨询测试客户" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
    c.setOwner("zhangwei");
    c.setGrade("B");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies("P5.5")
  void aCustomersQuestionAnsweredInTimeWithoutIntentEndsAnswered() {
    ProcessInstance pi = startAs("huangfang", known("phone", false));
    Consultation c = consultationOf(pi);
    assertThat(pi.getBusinessKey()).matches("CSL-2026-\\d{6}").isEqualTo(c.getConsultationNumber());
    assertThat(c.getReceivedBy()).isEqualTo("huangfang");
    assertThat(c.getCustomerId()).isEqualTo(customerId);
    assertThat(c.getDueAt()).as("30 minutes of working time").isEqualTo(instant("2026-12-01T10:30"));
    assertThat(c.getWarnAt()).isEqualTo(instant("2026-12-01T10:22:30"));
    assertThat(job("Timer_ResponseWarning", pi).getDuedate()).isEqualTo(beijing("2026-12-01T10:22:30"));
    assertThat(job("Timer_ResponseOverdue", pi).getDuedate()).isEqualTo(beijing("2026-12-01T10:30"));

    Task answer = task("Task_AnswerConsultation", pi);
    assertThat(candidateGroups(answer)).containsExactly("cs-specialist");
    assertThat(answer.getDueDate()).isEqualTo(beijing("2026-12-01T10:30"));
    String context = (String) taskService.getVariableLocal(answer.getId(), "context");
    assertThat(context).contains(c.getConsultationNumber()).contains("咨询方式：电话").contains("2026-12-01 10:30")
        .contains("交付周期");

    at("2026-12-01T10:12");
    completeAs(answer, "huangfang", answer("phone", true));
    assertThat(pi).isEnded().hasPassed("EndEvent_Answered").hasNotPassed("Task_CreateLead", "Task_WarnResponse",
        "Task_EscalateOverdue");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    assertThat(c.getStatus()).isEqualTo(Consultation.ANSWERED);
    assertThat(c.getAnsweredBy()).isEqualTo("huangfang");
    assertThat(c.getAnsweredAt()).isEqualTo(instant("2026-12-01T10:12"));
    assertThat(c.getMet()).isTrue();
    assertThat(c.getResolved()).isTrue();
    assertThat(c.getLeadNumber()).isNull();
    assertThat(journal(c)).extracting(ConsultationEvent::getKind).containsExactly("RECEIVED", "ANSWERED");
    verify(notifications, never()).toGroup(eq("cs-manager"), eq("consultation-escalation"), anyMap());

    assertThat(history.key()).isEqualTo("consultations");
    assertThat(history.entries(customerId)).singleElement().satisfies(e -> {
      assertThat(e.consultationNumber()).isEqualTo(pi.getBusinessKey());
      assertThat(e.met()).isTrue();
    });
    List<Communication> log = history.communications(customerId);
    assertThat(log).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo("consultation");
      assertThat(m.kindName()).isEqualTo("咨询");
      assertThat(m.way()).isEqualTo("电话");
      assertThat(m.by()).isEqualTo("huangfang");
      assertThat(m.reference()).isEqualTo(pi.getBusinessKey());
      assertThat(m.summary()).contains("已通过电话答复").contains("问题已解决");
    });
  }

  @Test
  @Verifies("P5.5")
  void theAssigneeIsWarnedBeforeTheResponseTimeEnds() {
    ProcessInstance pi = startAs("huangfang", known("online", false));
    Task answer = task("Task_AnswerConsultation", pi);
    taskService.claim(answer.getId(), "huangfang");

    at("2026-12-01T10:22:30");
    execute(job("Timer_ResponseWarning", pi));
    assertThat(pi).hasPassed("Task_WarnResponse", "EndEvent_ResponseWarned").isWaitingAt("Task_AnswerConsultation");
    verify(notifications).toUser(eq("huangfang"), eq("consultation-warning"), anyMap());
    Consultation c = consultationOf(pi);
    assertThat(c.getWarnedAt()).isEqualTo(instant("2026-12-01T10:22:30"));

    at("2026-12-01T10:28");
    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("email", false));
    assertThat(pi).isEnded().hasPassed("EndEvent_Answered").hasNotPassed("Task_EscalateOverdue");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    assertThat(c.getMet()).isTrue();
    assertThat(c.getResolved()).isFalse();
    assertThat(journal(c)).extracting(ConsultationEvent::getKind).containsExactly("RECEIVED", "WARNED", "ANSWERED");
  }

  @Test
  @Verifies("P5.5")
  void anUnansweredConsultationIsEscalatedToTheCustomerServiceManagerAtTheBreach() {
    ProcessInstance pi = startAs("huangfang", known("phone", false));
    at("2026-12-01T10:22:30");
    execute(job("Timer_ResponseWarning", pi));
    verify(notifications).toGroup(eq("cs-specialist"), eq("consultation-warning"), anyMap());

    at("2026-12-01T10:30");
    execute(job("Timer_ResponseOverdue", pi));
    verify(notifications).toGroup(eq("cs-manager"), eq("consultation-escalation"), anyMap());
    Task supervise = task("Task_SuperviseOverdueConsultation", pi);
    assertThat(candidateGroups(supervise)).containsExactly("cs-manager");
    assertThat((String) taskService.getVariableLocal(supervise.getId(), "context")).contains("已超时");
    Consultation c = consultationOf(pi);
    assertThat(c.getEscalatedAt()).isEqualTo(instant("2026-12-01T10:30"));

    assertThatThrownBy(() -> completeAs(supervise, "yangjun", Map.of())).hasMessageContaining("superviseMeasures");
    completeAs(supervise, "yangjun", Map.of("superviseMeasures", "已督促专员立即回电"));
    at("2026-12-01T10:45");
    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("phone", true));
    assertThat(pi).isEnded().hasPassed("Task_EscalateOverdue", "EndEvent_Supervised", "EndEvent_Answered");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    assertThat(c.getMet()).as("answered after the response time").isFalse();
    assertThat(c.getSupervisedBy()).isEqualTo("yangjun");
    assertThat(journal(c)).extracting(ConsultationEvent::getKind)
        .containsExactly("RECEIVED", "WARNED", "ESCALATED", "SUPERVISED", "ANSWERED");
    assertThat(journal(c).get(2).getNote()).contains("升级至客户服务经理");
    assertThat(history.communications(customerId)).singleElement().extracting(Communication::summary).asString()
        .contains("超过答复时限");
  }

  /**
   * Two levels like complaints (SPEC P5.5, P2.3): still unanswered after cs-manager's level, the consultation goes to
   * senior management (crm.consultation.second-level-after, default as long again as the response time).
   */
  @Test
  @Verifies("P5.5")
  void aConsultationStillUnansweredAfterTheFirstLevelIsEscalatedToSeniorManagement() {
    ProcessInstance pi = startAs("huangfang", known("phone", false));
    Consultation c = consultationOf(pi);
    assertThat(c.getSecondLevelAt()).as("30 more minutes of working time after the breach")
        .isEqualTo(instant("2026-12-01T11:00"));
    assertThat(job("Timer_ResponseSeriouslyOverdue", pi).getDuedate()).isEqualTo(beijing("2026-12-01T11:00"));

    at("2026-12-01T10:30");
    execute(job("Timer_ResponseOverdue", pi));
    assertThat(pi).isWaitingAt("Task_AnswerConsultation", "Task_SuperviseOverdueConsultation");
    completeAs(task("Task_SuperviseOverdueConsultation", pi), "yangjun", Map.of("superviseMeasures", "已督促专员回电"));

    at("2026-12-01T11:00");
    execute(job("Timer_ResponseSeriouslyOverdue", pi));
    verify(notifications).toGroup(eq("senior-management"), eq("consultation-senior-escalation"), anyMap());
    Task senior = task("Task_SuperviseOverdueConsultationSenior", pi);
    assertThat(candidateGroups(senior)).containsExactly("senior-management");
    assertThat((String) taskService.getVariableLocal(senior.getId(), "context")).contains("严重超时");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    assertThat(c.getSeniorEscalatedAt()).isEqualTo(instant("2026-12-01T11:00"));

    assertThatThrownBy(() -> completeAs(senior, "zhengkai", Map.of())).hasMessageContaining("superviseMeasures");
    completeAs(senior, "zhengkai", Map.of("superviseMeasures", "责成客户服务经理当日答复并说明原因"));
    at("2026-12-01T11:20");
    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("phone", true));
    assertThat(pi).isEnded().hasPassed("Task_EscalateOverdue", "EndEvent_Supervised", "Task_EscalateSenior",
        "EndEvent_SupervisedSenior", "EndEvent_Answered");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    assertThat(c.getSupervisedBy()).as("level 1 kept").isEqualTo("yangjun");
    assertThat(c.getSeniorSupervisedBy()).isEqualTo("zhengkai");
    assertThat(c.getSeniorSuperviseMeasures()).isEqualTo("责成客户服务经理当日答复并说明原因");
    assertThat(journal(c)).extracting(ConsultationEvent::getKind).containsExactly("RECEIVED", "ESCALATED",
        "SUPERVISED", "SENIOR_ESCALATED", "SENIOR_SUPERVISED", "ANSWERED");
    assertThat(journal(c).get(3).getNote()).contains("升级至高层管理团队");
  }

  /** Answered after the first level but before the second: senior management never hears of it. */
  @Test
  @Verifies("P5.5")
  void anAnswerAfterTheFirstLevelStopsTheSecond() {
    ProcessInstance pi = startAs("huangfang", known("email", false));
    at("2026-12-01T10:30");
    execute(job("Timer_ResponseOverdue", pi));
    at("2026-12-01T10:50");
    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("email", true));
    assertThat(pi).isWaitingAt("Task_SuperviseOverdueConsultation");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_ResponseSeriouslyOverdue").count()).as("the second-level timer went with the answer")
        .isZero();
    completeAs(task("Task_SuperviseOverdueConsultation", pi), "yangjun", Map.of("superviseMeasures", "已复盘超时原因"));
    assertThat(pi).isEnded().hasNotPassed("Task_EscalateSenior");
    verify(notifications, never()).toGroup(eq("senior-management"), anyString(), anyMap());
    Consultation c = consultationOf(pi);
    assertThat(c.getSeniorEscalatedAt()).isNull();
  }

  @Test
  @Verifies("P5.5")
  void theResponseTimeRunsInOfficeHoursOnly() {
    at("2026-12-04T17:50"); // Friday evening
    ProcessInstance pi = startAs("huangfang", known("phone", false));
    Consultation c = consultationOf(pi);
    assertThat(c.getWarnAt()).as("10 min on Friday, 12.5 min on Monday").isEqualTo(instant("2026-12-07T09:12:30"));
    assertThat(c.getDueAt()).isEqualTo(instant("2026-12-07T09:20"));
    assertThat(job("Timer_ResponseOverdue", pi).getDuedate()).isEqualTo(beijing("2026-12-07T09:20"));
  }

  @Test
  @Verifies("P5.5")
  void anUnknownEnquirersCooperationIntentBecomesANewLeadAndCustomer() {
    String company = "咨询新公司" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
    ProcessInstance pi = startAs("huangfang", unknown(company, true));
    Consultation c = consultationOf(pi);
    assertThat(c.getCustomerId()).isNull();
    assertThat(c.getContactName()).isEqualTo("王先生");
    assertThat(jdbc.queryForObject("SELECT contact_phone FROM crm_consultation WHERE id = ?", String.class, c.getId()))
        .as("encrypted at rest").startsWith("tk1:").doesNotContain("13800138000");
    String context = (String) taskService.getVariableLocal(task("Task_AnswerConsultation", pi).getId(), "context");
    assertThat(context).contains(company).contains("王**").contains("尾号 8000").contains("有合作意向")
        .doesNotContain("13800138000");
    assertThat(runtimeService.getVariables(pi.getId()).keySet()).doesNotContain("contactPhone", "contactName",
        "companyName", "question");

    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("phone", false));
    assertThat(pi).isEnded().hasPassed("Task_CreateLead", "EndEvent_LeadCreated");
    c = consultationRepository.findById(c.getId()).orElseThrow();
    Lead lead = leads.findByLeadNumber(c.getLeadNumber()).orElseThrow();
    assertThat(lead.getChannel()).isEqualTo("consultation");
    assertThat(lead.getSourceReference()).isEqualTo(c.getConsultationNumber());
    assertThat(lead.getNeeds()).contains(c.getConsultationNumber()).contains("交付周期");
    assertThat(lead.getCapturedBy()).isEqualTo("huangfang");
    Customer created = customers.findById(lead.getCustomerId()).orElseThrow();
    assertThat(created.getName()).isEqualTo(company);
    assertThat(created.getGrade()).isEqualTo("D");
    assertThat(lead.getOwner()).isEqualTo(created.getOwner()).isIn("xiexin", "fengxue");
    ProcessInstance development = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(lead.getLeadNumber()).singleResult();
    assertThat(development.getProcessDefinitionId()).startsWith("customer-development:");
    assertThat(development).isWaitingAt("Task_PlanVisit");
    assertThat(task("Task_PlanVisit", development).getAssignee()).isEqualTo(lead.getOwner());
    assertThat((String) taskService.getVariableLocal(task("Task_PlanVisit", development).getId(), "context"))
        .contains("咨询转入").contains(c.getConsultationNumber());
    assertThat(journal(c)).extracting(ConsultationEvent::getNote).last().asString()
        .contains("已转为销售线索 " + lead.getLeadNumber());
  }

  @Test
  @Verifies("P5.5")
  void aKnownCustomersIntentBecomesALeadLinkedToItAndASecondOneIsLinkedToThatLead() {
    int customersBefore = customers.findAll().size();
    ProcessInstance first = startAs("huangfang", known("email", true));
    completeAs(task("Task_AnswerConsultation", first), "huangfang", answer("email", true));
    Consultation c = consultationOf(first);
    Lead lead = leads.findByLeadNumber(c.getLeadNumber()).orElseThrow();
    assertThat(lead.getCustomerId()).as("linked, not duplicated").isEqualTo(customerId);
    assertThat(lead.getOwner()).as("the customer's owner").isEqualTo("zhangwei");
    assertThat(customers.findAll()).hasSize(customersBefore);

    // the same customer asks again with intent while the lead is open: linked to that lead, no second one
    ProcessInstance second = startAs("huangfang", known("phone", true));
    completeAs(task("Task_AnswerConsultation", second), "huangfang", answer("phone", true));
    Consultation again = consultationOf(second);
    assertThat(again.getLeadNumber()).isEqualTo(lead.getLeadNumber());
    assertThat(leads.findByCustomerIdOrderByIdDesc(customerId)).hasSize(1);
    assertThat(journal(again)).extracting(ConsultationEvent::getNote).last().asString().contains("已关联到该线索");
    assertThat(history.communications(customerId)).hasSize(2);
  }

  @Test
  @Verifies("P5.5")
  void anEnquirerWhoseCompanyIsInTheArchiveIsLinkedToItNeverDuplicated() {
    String name = customers.findById(customerId).orElseThrow().getName();
    ProcessInstance pi = startAs("huangfang", unknown(" " + name + " ", true));
    Consultation c = consultationOf(pi);
    assertThat(c.getCustomerId()).isEqualTo(customerId);
    assertThat(journal(c).get(0).getNote()).contains("已关联");
    completeAs(task("Task_AnswerConsultation", pi), "huangfang", answer("online", false));
    Lead lead = leads.findByLeadNumber(consultationOf(pi).getLeadNumber()).orElseThrow();
    assertThat(lead.getCustomerId()).isEqualTo(customerId);
    assertThat(customers.findAll().stream().filter(x -> x.getName().equals(name))).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------- refusals

  @Test
  void anUnknownEnquirerNeedsCompanyContactAndAPhoneOrEMail() {
    Map<String, Object> v = unknown("某公司", false);
    v.remove("companyName");
    assertThatThrownBy(() -> startAs("huangfang", v)).hasMessageContaining("公司名称");
    Map<String, Object> w = unknown("某公司", false);
    w.remove("contactPhone");
    assertThatThrownBy(() -> startAs("huangfang", w)).hasMessageContaining("联系电话或电子邮箱");
    Map<String, Object> x = unknown("某公司", false);
    x.put("contactPhone", "abc");
    assertThatThrownBy(() -> startAs("huangfang", x)).hasMessageContaining("电话号码");
  }

  @Test
  void anInactiveOrAbsentCustomerIsRefusedAsIfItDidNotExist() {
    Customer inactive = customers.findById(customerId).orElseThrow();
    inactive.setStatus("INACTIVE");
    customers.save(inactive);
    assertThatThrownBy(() -> startAs("huangfang", known("phone", false))).hasMessageContaining("客户编号 " + customerId + " 不存在");
    Map<String, Object> absent = known("phone", false);
    absent.put("customerId", "987654321");
    assertThatThrownBy(() -> startAs("huangfang", absent)).hasMessageContaining("不存在");
    Map<String, Object> channel = known("fax", false);
    assertThatThrownBy(() -> startAs("huangfang", channel)).hasMessageContaining("channel");
  }

  @Test
  void aConsultationIdOfAnotherInstanceIsRefused() {
    ProcessInstance one = startAs("huangfang", known("phone", false));
    ProcessInstance other = startAs("huangfang", known("phone", false));
    runtimeService.setVariable(other.getId(), "consultationId", consultationOf(one).getId());
    Task answer = task("Task_AnswerConsultation", other);
    assertThatThrownBy(() -> completeAs(answer, "huangfang", answer("phone", true)))
        .hasMessageContaining("属于另一个流程实例");
    assertThat(consultationOf(one).getStatus()).isEqualTo(Consultation.OPEN);
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ConsultationVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> known(String channel, boolean intent) {
    Map<String, Object> v = new HashMap<>();
    v.put("channel", channel);
    v.put("customerId", String.valueOf(customerId));
    v.put("question", "想了解园区二期的入驻条件和交付周期");
    v.put("cooperationIntent", intent);
    return v;
  }

  private static Map<String, Object> unknown(String company, boolean intent) {
    Map<String, Object> v = new HashMap<>();
    v.put("channel", "phone");
    v.put("companyName", company);
    v.put("contactName", "王先生");
    v.put("contactPhone", "13800138000");
    v.put("question", "想了解园区二期的入驻条件和交付周期");
    v.put("cooperationIntent", intent);
    return v;
  }

  private static Map<String, Object> answer(String way, boolean resolved) {
    return Map.of("answer", "已介绍入驻条件，二期预计明年三月交付", "answerWay", way, "resolved", resolved);
  }

  private Consultation consultationOf(ProcessInstance pi) {
    Long id = (Long) runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName("consultationId").list().stream().findFirst().map(v -> v.getValue())
        .orElseGet(() -> engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
            .variableName("consultationId").singleResult().getValue());
    return consultationRepository.findById(id).orElseThrow();
  }

  private List<ConsultationEvent> journal(Consultation c) {
    return consultations.journalOf(c.getId());
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
