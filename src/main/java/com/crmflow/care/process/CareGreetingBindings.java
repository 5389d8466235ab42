package com.crmflow.care.process;

import static com.crmflow.care.process.CareVariables.CONTEXT;
import static com.crmflow.care.process.CareVariables.GREETING_ID;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.care.domain.CareGreeting;
import com.crmflow.care.domain.CareGreetings;
import com.crmflow.care.domain.CareGreetings.Generated;
import com.crmflow.care.process.form.CareBirthdayWishForm;
import com.crmflow.care.process.form.CareHolidayGreetingForm;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.forms.FormData;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/care-greetings.bpmn}: the daily generation of the
 * greetings due within {@code crm.care.greeting-days-ahead} days, bound to the run's instance, and the owner's
 * record that a greeting was sent (channel and note).
 */
@Configuration
public class CareGreetingBindings {

  private final CareGreetings greetings;
  private final CareGreetingTasks tasks;

  public CareGreetingBindings(CareGreetings greetings, CareGreetingTasks tasks) {
    this.greetings = greetings;
    this.tasks = tasks;
  }

  /** 生成问候任务: the birthdays and holidays due, each once (unique key), bound to this instance. */
  @Bean
  public JavaDelegate generateCareGreetings() {
    return execution -> {
      Generated g = greetings.generate(null);
      List<Long> all = new ArrayList<>(g.birthdays());
      all.addAll(g.holidays());
      greetings.attachProcess(all, execution.getProcessInstanceId());
    };
  }

  /** 发送生日祝福: the owner sent it. */
  @Bean
  public TaskListener careBirthdayWishSent() {
    return task -> {
      CareGreeting g = tasks.greeting(task);
      FormData form = FormData.of(task);
      greetings.markSent(g.getId(), CareBirthdayWishForm.channel(form), CareBirthdayWishForm.note(form), actor(task));
    };
  }

  /** 发送节日问候: the owner sent it to the listed customers. */
  @Bean
  public TaskListener careHolidayGreetingSent() {
    return task -> {
      CareGreeting g = tasks.greeting(task);
      FormData form = FormData.of(task);
      greetings.markSent(g.getId(), CareHolidayGreetingForm.channel(form), CareHolidayGreetingForm.note(form),
          actor(task));
    };
  }

  /** The instance ended with greetings still open (cancelled in Cockpit): they are cancelled. */
  @Bean
  public ExecutionListener careGreetingsEnded() {
    return execution -> {
      List<Long> ids = new ArrayList<>(greetings.idsOf(execution.getProcessInstanceId(), CareGreeting.BIRTHDAY));
      ids.addAll(greetings.idsOf(execution.getProcessInstanceId(), CareGreeting.HOLIDAY));
      greetings.cancelOpenOf(execution.getProcessInstanceId(), ids);
    };
  }

  /** Create listener of both tasks: the occasion and the customers (a birthday: the contact's name). */
  @Bean
  public TaskListener careGreetingContext() {
    return task -> {
      CareGreeting g = greetings.boundTo(idVariable(task, GREETING_ID), task.getProcessInstanceId());
      List<Long> customerIds = greetings.customerIds(g.getId());
      StringBuilder md = new StringBuilder();
      if (CareGreeting.BIRTHDAY.equals(g.getKind())) {
        Customer c = greetings.customer(customerIds.get(0));
        md.append("**生日祝福：").append(c.getName()).append("**\n\n- 联系人：")
            .append(greetings.contactName(g) == null ? "—" : greetings.contactName(g)).append("\n- 生日：")
            .append(g.getOccasionOn()).append('\n');
      } else {
        md.append("**节日问候：").append(g.getOccasionName()).append("**（").append(g.getOccasionOn())
            .append(" 起）\n\n您负责的客户 ").append(customerIds.size()).append(" 位：\n");
        for (Long id : customerIds) {
          Customer c = greetings.customer(id);
          md.append("- ").append(c.getName()).append("（").append(c.getGrade() == null ? "未分级" : c.getGrade() + " 级")
              .append("）\n");
        }
      }
      CONTEXT.on(task).setLocal(md.toString());
    };
  }
}
