package com.crmflow.care.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.crmflow.care.domain.CareGreeting;
import com.crmflow.care.domain.CareGreetingRepository;
import com.crmflow.care.domain.CareHistory;
import com.crmflow.care.domain.CareRules;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerContact;
import com.crmflow.customer.domain.CustomerContactRepository;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code care-greetings} (SPEC P8.4): the daily timer generates, a week ahead, a 发送生日祝福 task for the
 * owner of a customer whose contact has a birthday and a 发送节日问候 task per owner for a holiday of the working
 * calendar listing the owner's customers — never twice for the same contact and date or owner and holiday; the
 * greetings sent are on the customers' timeline; a cancelled run cancels its open greetings. The birthday is stored
 * encrypted.
 */
@ProcessTest
@ProcessCoverageGate
class CareGreetingsProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired CustomerContactRepository contacts;
  @Autowired CareGreetingRepository greetings;
  @Autowired CareHistory history;
  @Autowired JdbcTemplate jdbc;

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
  @Verifies({"P8.4", "X.2", "X.3"})
  void aWeekAheadTheOwnerGetsABirthdayWishAndAHolidayGreetingOnceEach() {
    at("2026-09-20T07:00");
    Long customerId = customer("xiexin");
    Long contactId = contact(customerId, "王经理", LocalDate.of(1980, 9, 26));
    contact(customerId, "赵总", LocalDate.of(1975, 10, 30)); // not within the week
    assertThat(jdbc.queryForObject("SELECT birthday FROM crm_customer_contact WHERE id = ?", String.class, contactId))
        .as("encrypted at rest").startsWith("tk1:").doesNotContain("1980");

    ProcessInstance run = active(runTimer());
    CareGreeting birthday = greetings.findByGreetingKey(CareRules.birthdayKey(contactId, LocalDate.of(2026, 9, 26)))
        .orElseThrow();
    assertThat(greetings.findAll()).noneMatch(g -> g.getGreetingKey().startsWith(CareGreeting.BIRTHDAY + ":"
        + (contactId + 1) + ":"));
    Task wish = taskFor(run, "Task_SendBirthdayWish", birthday.getId());
    assertThat(wish.getName()).isEqualTo("发送生日祝福");
    assertThat(wish.getAssignee()).isEqualTo("xiexin");
    assertThat(wish.getDueDate()).as("09-26 (Saturday) and 09-25 are holidays: the working day before")
        .isEqualTo(beijing("2026-09-24T18:00"));
    assertThat((String) taskService.getVariableLocal(wish.getId(), "context")).contains("王经理").contains("2026-09-26");

    CareGreeting holiday = greetings.findByGreetingKey(CareRules.holidayKey("xiexin", LocalDate.of(2026, 9, 25)))
        .orElseThrow();
    assertThat(holiday.getOccasionName()).isEqualTo("节假日（9月25日起）");
    Task greeting = taskFor(run, "Task_SendHolidayGreeting", holiday.getId());
    assertThat(greeting.getName()).isEqualTo("发送节日问候");
    assertThat(greeting.getAssignee()).isEqualTo("xiexin");
    assertThat((String) taskService.getVariableLocal(greeting.getId(), "context"))
        .contains(customers.findById(customerId).orElseThrow().getName());

    // the next run on the same day (or a second node) generates nothing twice
    String again = runTimer();
    assertThat(taskService.createTaskQuery().processInstanceId(again).list())
        .noneMatch(t -> "xiexin".equals(t.getAssignee()));

    assertThatThrownBy(() -> completeAs(wish, "xiexin", Map.of("channel", "fax")))
        .isInstanceOf(FormValidationException.class);
    at("2026-09-24T10:00");
    completeAs(wish, "xiexin", Map.of("channel", "phone", "note", "电话祝福"));
    completeAs(greeting, "xiexin", Map.of("channel", "gift"));
    assertThat(history.communications(customerId)).extracting(Communication::kindName)
        .containsExactlyInAnyOrder("生日祝福", "节日问候");
    assertThat(history.communications(customerId)).allSatisfy(c -> {
      assertThat(c.kind()).isEqualTo("care-greeting");
      assertThat(c.summary()).doesNotContain("王经理");
    });

    // everybody else's greetings of this run: the run ends when all are sent
    for (String pi : List.of(run.getId(), again)) {
      for (Task t : taskService.createTaskQuery().processInstanceId(pi).list()) {
        completeAs(t, t.getAssignee(), Map.of("channel", "email"));
      }
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
          .getEndActivityId()).isEqualTo("EndEvent_GreetingsDone");
    }
    assertThat(run).isEnded().hasPassed("Task_SendBirthdayWish", "Task_SendHolidayGreeting");
    assertThat(greetings.findById(birthday.getId()).orElseThrow().getStatus()).isEqualTo(CareGreeting.SENT);
  }

  @Test
  @Verifies("P8.4")
  void aCancelledRunCancelsItsOpenGreetings() {
    at("2026-11-24T07:00");
    Long customerId = customer("fengxue");
    Long contactId = contact(customerId, "钱女士", LocalDate.of(1988, 11, 27));
    ProcessInstance run = active(runTimer());
    CareGreeting g = greetings.findByGreetingKey(CareRules.birthdayKey(contactId, LocalDate.of(2026, 11, 27)))
        .orElseThrow();
    assertThat(run).isWaitingAt("Task_SendBirthdayWish");
    runtimeService.deleteProcessInstance(run.getId(), "test");
    assertThat(greetings.findById(g.getId()).orElseThrow().getStatus()).isEqualTo(CareGreeting.CANCELLED);
    assertThat(history.communications(customerId)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private String runTimer() {
    java.util.Set<String> known = new java.util.HashSet<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CareVariables.GREETINGS_PROCESS_KEY)
        .list().forEach(h -> known.add(h.getId()));
    Job timer = managementService.createJobQuery().processDefinitionKey(CareVariables.GREETINGS_PROCESS_KEY).timers()
        .singleResult();
    managementService.executeJob(timer.getId());
    String id = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CareVariables.GREETINGS_PROCESS_KEY).list().stream().map(h -> h.getId())
        .filter(h -> !known.contains(h)).findFirst().orElseThrow();
    return id;
  }

  private ProcessInstance active(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private Long customer(String owner) {
    Customer c = new Customer();
    c.setName("关怀问候测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner(owner);
    c.setGrade("B");
    c.setCreatedAt(Instant.parse("2026-01-05T02:00:00Z"));
    return customers.save(c).getId();
  }

  private Long contact(Long customerId, String name, LocalDate birthday) {
    CustomerContact x = new CustomerContact();
    x.setCustomerId(customerId);
    x.setName(name);
    x.setBirthday(birthday);
    x.setCreatedAt(Instant.parse("2026-01-05T02:00:00Z"));
    return contacts.save(x).getId();
  }

  private Task taskFor(ProcessInstance pi, String key, Long greetingId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list().stream()
        .filter(t -> greetingId.equals(runtimeService.getVariableLocal(t.getExecutionId(), "greetingId")))
        .findFirst().orElseThrow();
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, List.of("account-manager"));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
