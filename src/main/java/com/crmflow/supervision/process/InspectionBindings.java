package com.crmflow.supervision.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.supervision.process.SupervisionVariables.*;

import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.supervision.domain.Finding;
import com.crmflow.supervision.domain.Inspection;
import com.crmflow.supervision.domain.InspectionCase;
import com.crmflow.supervision.domain.InspectionInput.CaseCheck;
import com.crmflow.supervision.domain.InspectionInput.ItemResult;
import com.crmflow.supervision.domain.InspectionInput.NewFinding;
import com.crmflow.supervision.domain.InspectionInput.Request;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.process.form.SupervisionCaseCheckForm;
import com.crmflow.supervision.process.form.SupervisionInspectionStartForm;
import com.crmflow.supervision.process.form.SupervisionRectificationForm;
import com.crmflow.supervision.process.form.SupervisionRectificationReviewForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/supervision-inspection.bpmn}. Thin: they take what the forms
 * submitted out of the process variables, call {@link Inspections} (which owns the rules) and leave the process
 * only ids and routing flags. The actor is the authenticated user; ids are checked against the inspection bound to
 * the instance ({@link InspectionTasks}).
 */
@Configuration
public class InspectionBindings {

  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Inspections inspections;
  private final InspectionTasks tasks;
  private final NotificationService notifications;
  private final ObjectMapper json;
  private final ZoneId zone;

  public InspectionBindings(Inspections inspections, InspectionTasks tasks, NotificationService notifications,
      ObjectMapper json, ZoneId timeZone) {
    this.inspections = inspections;
    this.tasks = tasks;
    this.notifications = notifications;
    this.json = json;
    this.zone = timeZone;
  }

  /**
   * 抽取督查样本: the start form's values (Tasklist or POST /api/inspections) open the inspection for the
   * authenticated supervisor, name the instance after it (INS-2026-0001) and draw the sample.
   */
  @Bean
  public JavaDelegate drawInspectionSample() {
    return execution -> {
      FormData form = FormData.of(execution);
      Long size = SupervisionInspectionStartForm.sampleSize(form);
      if (size != null && (size < 1 || size > Integer.MAX_VALUE)) {
        throw new InvalidFieldException(SupervisionInspectionStartForm.SAMPLE_SIZE, "抽样数量必须是正整数：" + size);
      }
      Request request = new Request(SupervisionInspectionStartForm.inspectedProcess(form),
          SupervisionInspectionStartForm.periodFrom(form), SupervisionInspectionStartForm.periodTo(form),
          size == null ? null : size.intValue());
      Inspection i = inspections.open(request, Engine.authenticatedUser(execution), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(i.getInspectionNumber());
      INSPECTION_ID.on(execution).set(i.getId());
      ANY_CASES.on(execution).set(inspections.drawSample(i.getId()) > 0);
    };
  }

  /**
   * Create listener of 检查案例: the case (with its link in Cockpit), the rows of its checklist and the departments
   * a finding may go to — all task-local, so parallel case checks do not share them.
   */
  @Bean
  public TaskListener inspectionContext() {
    return task -> {
      Inspection i = tasks.inspection(task);
      InspectionCase c = inspections.caseOf(i.getId(), Engine.idVariable(task, CASE_ID));
      StringBuilder md = new StringBuilder("**流程督查 ").append(i.getInspectionNumber()).append("**：")
          .append(Inspections.kindName(i.getProcessKey())).append("，").append(i.getPeriodFrom()).append(" 至 ")
          .append(i.getPeriodTo()).append(" 办结的案例（共 ").append(i.getPopulation()).append(" 件，抽查 ")
          .append(inspections.caseIds(i.getId()).size()).append(" 件）\n\n");
      md.append("- 案例：").append(c.getBusinessKey() == null ? "（无业务编号）" : c.getBusinessKey()).append('\n');
      md.append("- 流程实例：[").append(c.getCaseInstanceId()).append("](").append(COCKPIT)
          .append(c.getCaseInstanceId()).append(")（在 Cockpit 中查看办理过程）\n");
      md.append("- 开始：").append(shown(c.getCaseStartedAt())).append("；办结：").append(shown(c.getCaseEndedAt()))
          .append('\n');
      CONTEXT.on(task).setLocal(md.toString());
      ArrayNode rows = json.createArrayNode();
      for (String item : inspections.checklist(i)) {
        rows.addObject().put(SupervisionCaseCheckForm.CHECKLIST_ITEM, item);
      }
      ArrayNode options = json.createArrayNode();
      inspections.departments().forEach(g -> options.addObject().put("label", g.name()).put("value", g.id()));
      // on the task's own execution (one per case): a submission (TaskService#complete sets the execution's
      // variables) lands there, not on the instance that parallel case checks share
      var execution = task.getExecution();
      execution.setVariableLocal(CHECKLIST, SpinValues.jsonValue(rows.toString()).create());
      execution.setVariableLocal(SupervisionCaseCheckForm.FINDINGS, SpinValues.jsonValue("[]").create());
      execution.setVariableLocal(SupervisionCaseCheckForm.OPINION, null);
      execution.setVariableLocal(DEPARTMENT_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    };
  }

  private String shown(java.time.Instant at) {
    return at == null ? "—" : SHOWN.format(at.atZone(zone));
  }

  /** Complete listener of 检查案例: the checklist results, the opinion and the findings go to the tables. */
  @Bean
  public TaskListener caseChecked() {
    return task -> {
      Inspection i = tasks.inspection(task);
      Long caseId = Engine.idVariable(task, CASE_ID);
      FormData form = FormData.of(task);
      List<ItemResult> items = new ArrayList<>();
      for (JsonNode r : rows(SupervisionCaseCheckForm.checklist(form))) {
        items.add(new ItemResult(text(r, SupervisionCaseCheckForm.CHECKLIST_RESULT),
            text(r, SupervisionCaseCheckForm.CHECKLIST_REMARK)));
      }
      String opinion = SupervisionCaseCheckForm.opinion(form);
      List<NewFinding> findings = new ArrayList<>();
      for (JsonNode r : rows(SupervisionCaseCheckForm.findings(form))) {
        findings.add(new NewFinding(text(r, SupervisionCaseCheckForm.FINDINGS_DESCRIPTION),
            text(r, SupervisionCaseCheckForm.FINDINGS_DEPARTMENT),
            date(text(r, SupervisionCaseCheckForm.FINDINGS_DUE_DATE))));
      }
      task.getExecution().removeVariableLocal(DEPARTMENT_OPTIONS);
      inspections.checkCase(i.getId(), caseId, new CaseCheck(items, opinion, findings), actor(task));
    };
  }

  static List<JsonNode> rows(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(list::add);
    }
    return list;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(SupervisionCaseCheckForm.FINDINGS, "整改期限不是有效日期：" + s);
    }
  }

  /** 汇总检查结果: every case checked; open findings go to rectification. */
  @Bean
  public JavaDelegate inspectionChecksConcluded() {
    return execution -> {
      Inspection i = tasks.inspection(execution);
      inspections.casesChecked(i.getId());
      ANY_FINDINGS.on(execution).set(!inspections.openFindingIds(i.getId()).isEmpty());
    };
  }

  /** Create listener of 整改督查问题 and 复核整改: the finding, its case and what was done so far. */
  @Bean
  public TaskListener findingContext() {
    return task -> {
      Inspection i = tasks.inspection(task);
      Finding f = tasks.finding(task);
      InspectionCase c = inspections.caseOf(i.getId(), f.getCaseId());
      StringBuilder md = new StringBuilder("**督查问题**（流程督查 ").append(i.getInspectionNumber()).append("，")
          .append(Inspections.kindName(i.getProcessKey())).append("）\n\n");
      md.append("- 案例：").append(c.getBusinessKey() == null ? c.getCaseInstanceId() : c.getBusinessKey())
          .append('\n');
      md.append("- 问题：").append(f.getDescription()).append('\n');
      md.append("- 责任部门：").append(inspections.departmentName(f.getDepartment())).append('\n');
      md.append("- 整改期限：").append(f.getDueDate()).append("（").append(shown(f.getDueAt())).append(" 前）\n");
      md.append("- 提出人：").append(f.getRaisedBy()).append('\n');
      if (f.getRectification() != null) {
        md.append("\n**整改措施与结果**（").append(f.getRectifiedBy()).append("，").append(shown(f.getRectifiedAt()))
            .append("）：").append(f.getRectification()).append('\n');
      }
      if (f.getReviewNote() != null) {
        md.append("\n**上次复核意见**（").append(f.getReviewedBy()).append("）：").append(f.getReviewNote())
            .append('\n');
      }
      CONTEXT.on(task).setLocal(md.toString());
      // the form's fields on the finding's own execution, where the submission lands (not on the instance)
      for (String field : SupervisionVariables.TASK_RECTIFY.equals(task.getTaskDefinitionKey())
          ? List.of(SupervisionRectificationForm.RECTIFICATION)
          : List.of(SupervisionRectificationReviewForm.REVIEW_RESULT, SupervisionRectificationReviewForm.REVIEW_NOTE)) {
        task.getExecution().setVariableLocal(field, null);
      }
    };
  }

  /** Complete listener of 整改督查问题: only a member of the finding's department records the rectification. */
  @Bean
  public TaskListener findingRectified() {
    return task -> {
      Finding f = tasks.finding(task);
      inspections.rectify(f.getInspectionId(), f.getId(),
          SupervisionRectificationForm.rectification(FormData.of(task)), actor(task));
    };
  }

  /** Complete listener of 复核整改: accepted closes the finding, rejected sends it back (the gateway asks it). */
  @Bean
  public TaskListener rectificationReviewed() {
    return task -> {
      Finding f = tasks.finding(task);
      FormData form = FormData.of(task);
      String result = SupervisionRectificationReviewForm.reviewResult(form);
      Boolean accepted = "accept".equals(result) ? Boolean.TRUE : "reject".equals(result) ? Boolean.FALSE : null;
      inspections.review(f.getInspectionId(), f.getId(), accepted, SupervisionRectificationReviewForm.reviewNote(form),
          actor(task));
    };
  }

  /** 提醒逾期整改: mail to the department and to the supervisors (who supervise it). */
  @Bean
  public JavaDelegate rectificationOverdue() {
    return execution -> {
      Finding f = tasks.finding(execution);
      Inspection i = tasks.inspection(execution);
      inspections.overdue(i.getId(), f.getId());
      Map<String, Object> params = new HashMap<>();
      params.put("inspectionNumber", i.getInspectionNumber());
      params.put("description", f.getDescription());
      params.put("departmentName", inspections.departmentName(f.getDepartment()));
      params.put("dueDate", f.getDueDate().toString());
      notifications.toGroups(List.of(f.getDepartment(), SUPERVISOR), OVERDUE_TEMPLATE, params);
    };
  }

  /** 形成督查报告: every finding closed, the inspection is closed. */
  @Bean
  public JavaDelegate closeInspection() {
    return execution -> inspections.close(tasks.inspection(execution).getId());
  }

}
