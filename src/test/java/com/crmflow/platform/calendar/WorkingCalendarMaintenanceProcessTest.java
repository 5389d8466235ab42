package com.crmflow.platform.calendar;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.platform.calendar.WorkingCalendarAdmin.DayInput;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code working-calendar-maintenance} as the daily check starts it: nothing 61 days before an uncovered year,
 * one task for {@code camunda-admin} and one mail per administrator from 60 days before, no second task on the
 * next days, the task refused while the year is still uncovered and done once it is imported. Process test
 * coverage is measured (gate 90 %).
 */
@ProcessTest
@ProcessCoverageGate
class WorkingCalendarMaintenanceProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired WorkingCalendarCheck check;
  @Autowired WorkingCalendarAdmin admin;
  @Autowired WorkingCalendar calendar;
  @Autowired WorkingCalendarStore store;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    if (identityService.createUserQuery().userId("calendar-keeper").count() == 0) {
      User u = identityService.newUser("calendar-keeper");
      u.setFirstName("日历管理员");
      u.setEmail("calendar-keeper@example.com");
      identityService.saveUser(u);
      identityService.createMembership("calendar-keeper", "camunda-admin");
    }
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    // the process tests share one database: 2027 (test dates) goes again, as the seed has it
    jdbc.update("DELETE FROM crm_calendar_day WHERE calendar_year = 2027");
    jdbc.update("DELETE FROM crm_calendar_year WHERE calendar_year = 2027");
    store.reload();
  }

  int mails() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM crm_mail_outbox WHERE template = ?"
        + " AND recipient = 'calendar-keeper@example.com'", Integer.class, WorkingCalendarCheck.TEMPLATE);
  }

  long openInstances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(WorkingCalendarCheck.PROCESS_KEY).count();
  }

  @Test
  @Verifies("X.3")
  void fromSixtyDaysBeforeAnUncoveredYearOneTaskAndOneMailUntilTheYearIsImported() {
    assertThat(calendar.covers(2027)).as("the seed has no 2027").isFalse();

    at("2026-11-01T07:00");
    assertThat(check.check(ClockUtil.getCurrentTime().toInstant())).as("61 days before 2027").isEmpty();
    assertThat(openInstances()).isZero();
    assertThat(mails()).isZero();

    at("2026-11-02T07:00");
    ProcessInstance pi = check.check(ClockUtil.getCurrentTime().toInstant()).orElseThrow();
    assertThat(pi).isWaitingAt("Task_MaintainWorkingCalendar");
    assertThat(pi.getBusinessKey()).isEqualTo("working-calendar-2027");
    Task task = task(pi);
    assertThat(task.getName()).isEqualTo("维护下一年度工作日历");
    assertThat(task.getDueDate()).isEqualTo(beijing("2027-01-01T00:00"));
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("camunda-admin");
    assertThat(mails()).isOne();
    String subject = jdbc.queryForObject("SELECT subject FROM crm_mail_outbox WHERE template = ?"
        + " AND recipient = 'calendar-keeper@example.com'", String.class, WorkingCalendarCheck.TEMPLATE);
    assertThat(subject).isEqualTo("请维护 2027 年工作日历（60 天后开始）");

    // the following days: the same open task, no new mail
    at("2026-11-03T07:00");
    assertThat(check.check(ClockUtil.getCurrentTime().toInstant())).map(ProcessInstance::getId).contains(pi.getId());
    at("2026-12-31T07:00");
    assertThat(check.check(ClockUtil.getCurrentTime().toInstant())).map(ProcessInstance::getId).contains(pi.getId());
    assertThat(openInstances()).isOne();
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_MaintainWorkingCalendar").count()).isOne();
    assertThat(mails()).isOne();

    // done is refused while 2027 is still uncovered
    assertThatThrownBy(() -> taskService.complete(task.getId())).hasMessageContaining("2027 年工作日历尚未导入");
    assertThat(pi).isWaitingAt("Task_MaintainWorkingCalendar");

    // an administrator imports 2027 (test dates, not the official notice), then completes the task
    identityService.setAuthenticatedUserId("admin");
    admin.importYear(2027, List.of(new DayInput(LocalDate.parse("2027-01-01"), "HOLIDAY", "测试假日"),
        new DayInput(LocalDate.parse("2027-01-09"), "WORKDAY", "测试调休")));
    identityService.clearAuthentication();
    assertThat(calendar.covers(2027)).isTrue();
    taskService.complete(task.getId());
    assertThat(pi).hasPassed("StartEvent_CalendarYearUncovered", "Task_MaintainWorkingCalendar",
        "EndEvent_WorkingCalendarMaintained").isEnded();

    // covered now: the check finds nothing to do, also in the new year
    at("2027-01-02T07:00");
    assertThat(check.check(ClockUtil.getCurrentTime().toInstant())).isEmpty();
    assertThat(openInstances()).isZero();
    assertThat(mails()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("calendarYear", 2027).count()).isZero();
  }
}
