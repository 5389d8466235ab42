package com.crmflow.care.process;

import static com.crmflow.care.process.CareVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.care.domain.CareActivities;
import com.crmflow.care.domain.CareActivities.ImprovementInput;
import com.crmflow.care.domain.CareActivities.PlanInput;
import com.crmflow.care.domain.CareActivities.ReplyInput;
import com.crmflow.care.domain.CareActivities.SummaryInput;
import com.crmflow.care.domain.CareActivity;
import com.crmflow.care.domain.CareCodes;
import com.crmflow.care.domain.CareImprovement;
import com.crmflow.care.domain.CareTarget;
import com.crmflow.care.process.form.CareActivityPlanForm;
import com.crmflow.care.process.form.CareExecutionForm;
import com.crmflow.care.process.form.CareImprovementForm;
import com.crmflow.care.process.form.CareInvitationForm;
import com.crmflow.care.process.form.CareSendGreetingsForm;
import com.crmflow.care.process.form.CareSummaryForm;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The delegates and listeners named in {@code processes/care-activity.bpmn}. Each is thin: it takes what the form
 * submitted out of the process variables, calls {@link CareActivities} and leaves the routing flag of the next
 * gateway. The record a step works on is always the one bound to the instance (and the target or improvement item
 * of a multi-instance task is checked to belong to it).
 */
@Configuration
public class CareProcessBindings {

  private final CareActivities activities;
  private final CareStarts starts;
  private final CareTasks tasks;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public CareProcessBindings(CareActivities activities, CareStarts starts, CareTasks tasks,
      @Lazy IdentityService identityService, ObjectMapper json) {
    this.activities = activities;
    this.starts = starts;
    this.tasks = tasks;
    this.identityService = identityService;
    this.json = json;
  }

  /**
   * 登记关怀活动计划: the plan {@code POST /api/care-activities} recorded (careActivityId given) is bound to this
   * instance; one from the Tasklist start form is checked and recorded here for the logged-in user, who becomes the
   * organizer and may target only the customers they may see.
   */
  @Bean
  public JavaDelegate registerCarePlan() {
    return execution -> {
      Long id = idVariable(execution, CARE_ACTIVITY_ID);
      CareActivity a;
      if (id != null) {
        // recorded by the API in this transaction: not yet bound, and planned by whoever is starting
        a = activities.get(id);
        String user = Engine.authenticatedUser(execution);
        if (a.getProcessInstanceId() != null || (user != null && !user.equals(a.getOrganizer()))) {
          throw new BusinessRuleException("关怀活动 " + a.getActivityNumber() + " 已由另一个流程实例办理或不是您制定的计划");
        }
      } else {
        String user = Engine.authenticatedUser(execution);
        if (user == null) {
          throw new BusinessRuleException("制定关怀活动计划需要登录的用户");
        }
        FormData form = FormData.of(execution);
        a = starts.plan(new PlanInput(CareActivityPlanForm.kind(form), CareActivityPlanForm.title(form),
            CareActivityPlanForm.plannedOn(form), CareActivityPlanForm.place(form), CareActivityPlanForm.content(form),
            CareActivityPlanForm.budget(form), CareActivityPlanForm.targetMode(form), CareActivityPlanForm.grades(form),
            ids(CareActivityPlanForm.customerIds(form), CareActivityPlanForm.CUSTOMER_IDS)), user);
        execution.setProcessBusinessKey(a.getActivityNumber());
        INITIATOR.on(execution).set(user);
      }
      activities.attachProcess(a.getId(), execution.getProcessInstanceId());
      CARE_ACTIVITY_ID.on(execution).set(a.getId());
      GREETING.on(execution).set(CareActivities.isGreeting(a.getKind()));
    };
  }

  /** Option values are ids as text (a select may send 7.0); anything else is refused naming the field. */
  static List<Long> ids(List<String> values, String field) {
    List<Long> ids = new ArrayList<>();
    for (String v : values) {
      try {
        String s = v.trim();
        ids.add(Long.valueOf(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s));
      } catch (NumberFormatException e) {
        throw new InvalidFieldException(field, "不是客户档案中的客户：" + v);
      }
    }
    return ids;
  }

  private CareActivity activity(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return tasks.activity(scope);
  }

  /** 确认客户邀请 (one per target customer): the customer's reply. */
  @Bean
  public TaskListener careReplyRecorded() {
    return task -> {
      CareTarget t = activities.boundTarget(idVariable(task, TARGET_ID), task.getProcessInstanceId());
      FormData form = FormData.of(task);
      activities.recordReply(t.getId(), new ReplyInput(CareInvitationForm.reply(form),
          CareInvitationForm.replyNote(form)), actor(task));
    };
  }

  /** 汇总客户答复: whether anyone accepted — the activity is held, or goes straight to the summary. */
  @Bean
  public JavaDelegate careInvitationsClosed() {
    return execution -> ANY_ACCEPTED.on(execution).set(activities.closeInvitations(activity(execution).getId()));
  }

  /** 执行关怀活动: attendance of those who accepted, and how it went. */
  @Bean
  public TaskListener careActivityExecuted() {
    return task -> {
      FormData form = FormData.of(task);
      activities.recordExecution(activity(task).getId(), ids(CareExecutionForm.attendedCustomerIds(form),
          CareExecutionForm.ATTENDED_CUSTOMER_IDS), CareExecutionForm.executionNotes(form), actor(task));
    };
  }

  /** 发送问候与祝福: to whom the greeting went, and how. */
  @Bean
  public TaskListener careGreetingsSent() {
    return task -> {
      FormData form = FormData.of(task);
      activities.recordGreetingsSent(activity(task).getId(), ids(CareSendGreetingsForm.sentCustomerIds(form),
          CareSendGreetingsForm.SENT_CUSTOMER_IDS), CareSendGreetingsForm.channel(form),
          CareSendGreetingsForm.executionNotes(form), actor(task));
    };
  }

  /** 活动总结与评估: the summary and the improvement items (each owner one of {@code ownerOptions}). */
  @Bean
  public TaskListener careActivitySummarized() {
    return task -> {
      FormData form = FormData.of(task);
      SummaryInput in = new SummaryInput(CareSummaryForm.score(form), CareSummaryForm.summary(form),
          CareSummaryForm.evaluation(form));
      Set<String> owners = improvementOwners();
      List<ImprovementInput> items = new ArrayList<>();
      JsonNode list = CareSummaryForm.improvements(form);
      int i = 0;
      for (JsonNode item : list == null || !list.isArray() ? List.<JsonNode>of() : iterable(list)) {
        String owner = text(item, CareSummaryForm.IMPROVEMENTS_OWNER);
        if (owner != null && !owners.contains(owner)) {
          throw new InvalidFieldException("improvements[" + i + "].owner", "不能负责改进事项：" + owner);
        }
        items.add(new ImprovementInput(text(item, CareSummaryForm.IMPROVEMENTS_ITEM), owner,
            date(item, CareSummaryForm.IMPROVEMENTS_DUE_ON, "improvements[" + i + "].dueOn")));
        i++;
      }
      List<Long> ids = activities.summarize(activity(task).getId(), in, items, actor(task));
      HAS_IMPROVEMENTS.on(task).set(!ids.isEmpty());
    };
  }

  /** 落实改进事项: the owner's result. */
  @Bean
  public TaskListener careImprovementDone() {
    return task -> {
      CareImprovement x = activities.boundImprovement(idVariable(task, IMPROVEMENT_ID), task.getProcessInstanceId());
      activities.completeImprovement(x.getId(), CareImprovementForm.result(FormData.of(task)), actor(task));
    };
  }

  /** The instance ended with the activity still open (cancelled in Cockpit): the activity is cancelled. */
  @Bean
  public ExecutionListener careInstanceEnded() {
    return execution -> {
      Long id = idVariable(execution, CARE_ACTIVITY_ID);
      CareActivity a = id == null ? null : activities.find(id).orElse(null);
      if (a != null && execution.getProcessInstanceId().equals(a.getProcessInstanceId())) {
        activities.cancelIfOpen(id);
      }
    };
  }

  /**
   * Create listener of every user task: the Markdown summary ({@code context}) at the top of the form and the
   * options of its selects (the target customers, those who accepted, the possible improvement owners).
   */
  @Bean
  public TaskListener careContext() {
    return task -> {
      CareActivity a = activity(task);
      StringBuilder md = new StringBuilder("**").append(CareTasks.kind(a)).append(" ").append(a.getActivityNumber())
          .append("：").append(a.getTitle()).append("**\n\n");
      md.append("- 活动日期：").append(a.getPlannedOn()).append('\n');
      if (a.getPlace() != null) {
        md.append("- 活动地点：").append(a.getPlace()).append('\n');
      }
      md.append("- 活动内容：").append(a.getContent()).append('\n');
      if (a.getBudget() != null) {
        md.append("- 预算：").append(a.getBudget().toPlainString()).append(" 元\n");
      }
      md.append("- 组织人：").append(a.getOrganizer()).append('\n');
      List<CareTarget> targets = activities.targets(a.getId());
      switch (task.getTaskDefinitionKey()) {
        case TASK_CONFIRM_INVITATION -> {
          CareTarget t = activities.boundTarget(idVariable(task, TARGET_ID), task.getProcessInstanceId());
          Customer c = activities.customer(t.getCustomerId());
          md.append("\n**邀请客户：").append(c.getName()).append("**（").append(grade(c)).append("，客户负责人 ")
              .append(c.getOwner() == null ? "—" : c.getOwner()).append("）\n");
        }
        case TASK_SEND_GREETINGS -> {
          md.append("\n目标客户 ").append(targets.size()).append(" 位\n");
          TARGET_OPTIONS.on(task).setLocal(SpinValues.jsonValue(options(targets, false)).create());
        }
        case TASK_EXECUTE -> {
          long accepted = targets.stream().filter(t -> CareCodes.ACCEPTED.equals(t.getReply())).count();
          md.append("\n目标客户 ").append(targets.size()).append(" 位，接受邀请 ").append(accepted).append(" 位\n");
          ATTENDEE_OPTIONS.on(task).setLocal(SpinValues.jsonValue(options(targets, true)).create());
        }
        case TASK_SUMMARIZE -> {
          md.append("\n**执行情况**：").append(summaryOfTargets(a, targets)).append('\n');
          if (a.getExecutionNotes() != null) {
            md.append("\n").append(a.getExecutionNotes()).append('\n');
          }
          OWNER_OPTIONS.on(task).setLocal(SpinValues.jsonValue(ownerOptions()).create());
        }
        case TASK_FOLLOW_IMPROVEMENT -> {
          CareImprovement x = activities.boundImprovement(idVariable(task, IMPROVEMENT_ID),
              task.getProcessInstanceId());
          md.append("\n**活动评分**：").append(a.getScore()).append("/5\n\n**活动总结**：").append(a.getSummary())
              .append("\n\n**改进事项**：").append(x.getItem()).append("（完成期限 ").append(x.getDueOn()).append("）\n");
        }
        default -> { }
      }
      CONTEXT.on(task).setLocal(md.toString());
    };
  }

  private static String grade(Customer c) {
    return c.getGrade() == null ? "未分级" : c.getGrade() + " 级";
  }

  private String summaryOfTargets(CareActivity a, List<CareTarget> targets) {
    if (CareActivities.isGreeting(a.getKind())) {
      long sent = targets.stream().filter(t -> Boolean.TRUE.equals(t.getGreeted())).count();
      return "目标客户 " + targets.size() + " 位，已发送 " + sent + " 位";
    }
    long accepted = targets.stream().filter(t -> CareCodes.ACCEPTED.equals(t.getReply())).count();
    long attended = targets.stream().filter(t -> Boolean.TRUE.equals(t.getAttended())).count();
    return "目标客户 " + targets.size() + " 位，接受邀请 " + accepted + " 位，出席 " + attended + " 位"
        + (accepted == 0 ? "（无客户接受邀请，活动未举办）" : "");
  }

  /** [{label: customer (grade), value: "id"}] of the targets (only those who accepted, when {@code accepted}). */
  private String options(List<CareTarget> targets, boolean accepted) {
    ArrayNode options = json.createArrayNode();
    for (CareTarget t : targets) {
      if (!accepted || CareCodes.ACCEPTED.equals(t.getReply())) {
        Customer c = activities.customer(t.getCustomerId());
        options.addObject().put("label", c.getName() + "（" + grade(c) + "）").put("value",
            String.valueOf(c.getId()));
      }
    }
    return options.toString();
  }

  /** The members of {@code crm.care.improvement-owner-groups}. */
  Set<String> improvementOwners() {
    Set<String> ids = new LinkedHashSet<>();
    for (String group : activities.settings().improvementOwnerGroups()) {
      Engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list())
          .forEach(u -> ids.add(u.getId()));
    }
    return ids;
  }

  private String ownerOptions() {
    ArrayNode options = json.createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (String group : activities.settings().improvementOwnerGroups()) {
      for (User u : Engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc()
          .list())) {
        if (seen.add(u.getId())) {
          String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? ""
              : u.getFirstName());
          options.addObject().put("label", (name.isBlank() ? u.getId() : name) + " · " + u.getId())
              .put("value", u.getId());
        }
      }
    }
    return options.toString();
  }

  private static Iterable<JsonNode> iterable(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static LocalDate date(JsonNode node, String field, String name) {
    String s = text(node, field);
    try {
      return s == null ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidFieldException(name, "日期格式不正确：" + s);
    }
  }
}
