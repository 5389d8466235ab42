package com.crmflow.customer.grading;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;
import static com.crmflow.customer.grading.GradingVariables.*;

import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.grading.GradingReview.ReviewItem;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.crmflow.customer.grading.form.CustomerGradingReviewForm;
import com.crmflow.customer.grading.form.CustomerHandoverForm;
import com.crmflow.customer.grading.form.CustomerMajorChangeForm;

/**
 * The delegates and task listeners named in {@code processes/customer-grading.bpmn} and
 * {@code processes/customer-grading-schedule.bpmn}. Thin: they read what a form submitted (taking it out of the
 * process variables), call the grading's steps ({@link GradingRuns}, {@link ChunkGrading},
 * {@link GradingReview}, {@link GradingApply}), and leave the process the run's id and counts.
 */
@Configuration
public class GradingProcessBindings {

  static final String CRM_DEPT = "crm-dept";

  private final GradingRuns grading;
  private final ChunkGrading chunks;
  private final GradingReview review;
  private final GradingApply apply;
  private final GradingContext context;
  private final GradingSettings settings;

  private final ObjectMapper json;

  public GradingProcessBindings(GradingRuns grading, ChunkGrading chunks, GradingReview review, GradingApply apply,
      GradingContext context, GradingSettings settings, ObjectMapper json) {
    this.json = json;
    this.grading = grading;
    this.chunks = chunks;
    this.review = review;
    this.apply = apply;
    this.context = context;
    this.settings = settings;
  }

  /**
   * The grading run of this instance: the {@code runId} variable checked against the run's own process instance
   * (set when the run was created), so a variable pointing at another run is refused.
   */
  Long runId(VariableScope scope) {
    return grading.boundRun(idVariable(scope, RUN_ID), Engine.processInstanceId(scope)).getId();
  }

  static int loopCounter(VariableScope scope) {
    return LOOP_COUNTER.from(scope).get();
  }

  /**
   * Message end event 发起定期分级 of {@code customer-grading-schedule} (fired by its timer): starts
   * {@code customer-grading} at 定期分级, in the same transaction.
   */
  @Bean
  public JavaDelegate startPeriodicGrading() {
    return execution -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE_PERIODIC).correlateStartMessage();
  }

  /** 创建分级批次: the run with its chunk bounds; the instance is named after the run (GRD-2026-0001). */
  @Bean
  public JavaDelegate createGradingRun() {
    return execution -> {
      GradingRun run = grading.startPeriodic(execution.getProcessInstanceId());
      execution.setProcessBusinessKey(run.getRunNumber());
      RUN_ID.on(execution).set(run.getId());
      CHUNK_COUNT.on(execution).set(run.getChunkCount());
    };
  }

  /**
   * 登记客户重大变化: from the start form (the owner, authenticated) or the message start (variables set by the
   * API after its own checks, {@code reportedBy}). Only the customer's owner or crm-dept may report.
   */
  @Bean
  public JavaDelegate registerMajorChange() {
    return execution -> {
      FormData form = FormData.of(execution);
      String reporter = reporter(execution);
      Long customerId = CustomerMajorChangeForm.customerId(form);
      Indicators indicators = new Indicators(
          GradingRuns.decimal(form.takeText(CustomerMajorChangeForm.ANNUAL_PURCHASE_AMOUNT),
              CustomerMajorChangeForm.ANNUAL_PURCHASE_AMOUNT),
          form.takeInteger(CustomerMajorChangeForm.PURCHASE_FREQUENCY),
          GradingRuns.decimal(form.takeText(CustomerMajorChangeForm.PROFIT_CONTRIBUTION),
              CustomerMajorChangeForm.PROFIT_CONTRIBUTION),
          form.takeInteger(CustomerMajorChangeForm.COOPERATION_YEARS),
          form.takeInteger(CustomerMajorChangeForm.GROWTH_POTENTIAL),
          form.takeInteger(CustomerMajorChangeForm.MARKET_INFLUENCE));
      MajorChange change = new MajorChange(customerId, CustomerMajorChangeForm.changeType(form),
          CustomerMajorChangeForm.description(form), indicators);
      boolean crmDept = reporter != null && Engine.asSystem(() -> execution.getProcessEngineServices()
          .getIdentityService().createGroupQuery().groupMember(reporter).list()).stream()
          .map(Group::getId).anyMatch(CRM_DEPT::equals);
      GradingRun run = grading.startMajorChange(change, reporter, crmDept, execution.getProcessInstanceId());
      form.takeText(REPORTED_BY.getName());
      execution.setProcessBusinessKey(run.getRunNumber());
      RUN_ID.on(execution).set(run.getId());
      CUSTOMER_ID.on(execution).set(run.getCustomerId());
      CHUNK_COUNT.on(execution).set(run.getChunkCount());
    };
  }

  /**
   * Who reports: the authenticated user (start form, /engine-rest). Only without one — our own API, which checked
   * the caller and starts the process on the system's behalf — is the {@code reportedBy} it set taken; never the
   * {@code initiator} variable.
   */
  private static String reporter(DelegateExecution execution) {
    String user = Engine.authenticatedUser(execution);
    if (user != null) {
      return user;
    }
    return REPORTED_BY.from(execution).getOrNull();
  }

  /** 重新评定本块客户等级 (one job per chunk): the chunk is the instance's loopCounter. */
  @Bean
  public JavaDelegate gradeCustomerChunk() {
    return execution -> chunks.gradeChunk(runId(execution), loopCounter(execution));
  }

  /** 汇总分级结果: how many grades changed (the gateway asks). */
  @Bean
  public JavaDelegate summarizeGrading() {
    return execution -> CHANGE_COUNT.on(execution).set(chunks.summarize(runId(execution)));
  }

  /**
   * Create listener of 审核客户等级调整 (all task-local): the run's summary ({@code context}), the listed changes
   * for the table ({@code changes}), the same as options of the checklist 批准的等级调整 ({@code changeOptions}),
   * all checked ({@code approvedChanges}), and how many are not listed ({@code remainingCount}).
   */
  @Bean
  public TaskListener gradingReviewContext() {
    return task -> {
      Long runId = runId(task);
      List<ReviewItem> items = review.reviewItems(runId, settings.reviewListLimit());
      ArrayNode rows = json.createArrayNode();
      ArrayNode options = json.createArrayNode();
      ArrayNode checked = json.createArrayNode();
      for (ReviewItem item : items) {
        ObjectNode row = rows.addObject();
        row.put("resultId", item.resultId());
        row.put("customer", item.customer());
        row.put("change", item.change());
        row.put("score", item.score());
        row.put("indicators", item.indicators());
        options.addObject().put("label", item.resultId() + "｜" + item.customer() + "：" + item.change() + "（"
            + item.score() + " 分）").put("value", item.resultId().toString());
        checked.add(item.resultId().toString());
      }
      int changed = chunks.count(runId, GradingResult.PROPOSED);
      CONTEXT.on(task).setLocal(context.review(runId, items.size()));
      CHANGES.on(task).setLocal(SpinValues.jsonValue(rows.toString()).create());
      CHANGE_OPTIONS.on(task).setLocal(SpinValues.jsonValue(options.toString()).create());
      APPROVED_CHANGES.on(task).setLocal(SpinValues.jsonValue(checked.toString()).create());
      REMAINING_COUNT.on(task).setLocal(changed - items.size());
    };
  }

  /**
   * Complete listener of 审核客户等级调整: records every decision; the number of apply batches follows. The task
   * holds the checklist's initial value (task-local {@code approvedChanges}); the reviewer's choice replaces it when
   * the form is submitted (Tasklist, REST submit-form), but arrives on the execution when the task is completed
   * with variables (REST complete, Java) — then it is read from there.
   */
  @Bean
  public TaskListener gradingReviewed() {
    return task -> {
      boolean completedWithVariables = task.getExecution() != null
          && task.getExecution().hasVariable(APPROVED_CHANGES.getName());
      List<Long> approved = new ArrayList<>();
      for (String id : FormData.of(completedWithVariables ? task.getExecution() : task).takeList(APPROVED_CHANGES.getName())) {
        try {
          approved.add(Long.valueOf(id.trim()));
        } catch (NumberFormatException e) {
          throw new InvalidFieldException(APPROVED_CHANGES.getName(), "不是评定编号：" + id);
        }
      }
      FormData form = FormData.of(task);
      List<GradingReview.Override> overrides = GradingReview.parseOverrides(CustomerGradingReviewForm.overrides(form));
      String remaining = CustomerGradingReviewForm.remainingDecision(form);
      int decided = review.recordReview(runId(task), approved, overrides, remaining, actor(task));
      int batch = settings.applyChunkSize();
      APPLY_CHUNK_COUNT.on(task).set((decided + batch - 1) / batch);
    };
  }

  /** 应用等级并明确责任人 (one job per batch of confirmed changes). */
  @Bean
  public JavaDelegate applyGradeChunk() {
    return execution -> apply.applyChunk(runId(execution), settings.applyChunkSize());
  }

  /** 完成分级批次: the run is complete; how many new owners get a handover task. */
  @Bean
  public JavaDelegate finishGradingRun() {
    return execution -> HANDOVER_COUNT.on(execution).set(apply.finishApply(runId(execution)));
  }

  /** Create listener of 客户交接: the customer's history and the duties of its grade. */
  @Bean
  public TaskListener handoverContext() {
    return task -> CONTEXT.on(task).setLocal(context.handover(apply.handover(runId(task), loopCounter(task) + 1)));
  }

  /** Complete listener of 客户交接: who confirmed the handover, when, and the note. */
  @Bean
  public TaskListener handoverCompleted() {
    return task -> {
      FormData form = FormData.of(task);
      form.takeText(CustomerHandoverForm.HANDOVER_CONFIRMED);
      Long runId = runId(task);
      int seq = loopCounter(task) + 1;
      // the handover is the new owner's: the task must still be theirs (loopCounter cannot point at another one)
      OwnerChange change = apply.handover(runId, seq);
      if (!change.getNewOwner().equals(task.getAssignee())) {
        throw new com.crmflow.platform.process.BusinessRuleException("客户交接须由新的维护责任人 "
            + change.getNewOwner() + " 确认");
      }
      apply.completeHandover(runId, seq, new HandoverConfirmation(CustomerHandoverForm.handoverNote(form)),
          actor(task));
    };
  }

  /** {@code ${gradingHandovers.owner(runId, loopCounter)}}: the assignee of handover task n (the new owner). */
  @Bean
  public GradingHandovers gradingHandovers() {
    return new GradingHandovers(apply);
  }

  public static class GradingHandovers {
    private final GradingApply apply;

    GradingHandovers(GradingApply apply) {
      this.apply = apply;
    }

    public String owner(Long runId, Integer loopCounter) {
      OwnerChange change = apply.handover(runId, loopCounter + 1);
      return change.getNewOwner();
    }
  }
}
