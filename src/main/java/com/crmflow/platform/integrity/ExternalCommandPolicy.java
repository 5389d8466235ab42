package com.crmflow.platform.integrity;

import com.crmflow.platform.process.CommandFields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a user who is not a {@code camunda-admin} may not do through Camunda's REST API, whatever the engine's
 * authorizations say: everything that steps around the modelled flow. Runs inside the command (after the
 * transaction started, before the command), for external commands only ({@link ExternalRequests}); the process's
 * own nested commands, our {@code /api} and the job executor are not affected.
 *
 * <p>Refused with 403 ({@link AuthorizationException}): start instructions ({@code startBeforeActivity}/{@code startAfterActivity}/…, also with
 * skipped listeners or input/output mappings — a plain start cannot skip them, Camunda refuses that itself),
 * process-instance modification, restart, migration, message correlation,
 * signals, asynchronous setting of variables, start conditions, executing a job or moving its due date (which would
 * fire a deadline early). The regulated flow needs none of them from outside: messages are sent by our {@code /api},
 * timers by the engine. Administrators repair instances with them (Cockpit).
 *
 * <p>Also, for everybody: a task command on a task that no longer exists answers 404 (e.g. the loser of two
 * concurrent submissions that arrives after the winner committed) instead of Camunda's 500.
 */
public class ExternalCommandPolicy extends CommandInterceptor {

  /** Command type → what it does, in the refusal message. */
  private static final Map<Class<?>, String> ADMIN_ONLY = new LinkedHashMap<>();

  static {
    ADMIN_ONLY.put(StartProcessInstanceAtActivitiesCmd.class, "在指定节点启动流程（startInstructions）");
    ADMIN_ONLY.put(ModifyProcessInstanceCmd.class, "修改流程实例（跳转节点）");
    ADMIN_ONLY.put(ModifyProcessInstanceAsyncCmd.class, "修改流程实例（跳转节点）");
    ADMIN_ONLY.put(ProcessInstanceModificationCmd.class, "批量修改流程实例");
    ADMIN_ONLY.put(ProcessInstanceModificationBatchCmd.class, "批量修改流程实例");
    ADMIN_ONLY.put(RestartProcessInstancesCmd.class, "重启流程实例");
    ADMIN_ONLY.put(RestartProcessInstancesBatchCmd.class, "重启流程实例");
    ADMIN_ONLY.put(MigrateProcessInstanceCmd.class, "迁移流程实例");
    ADMIN_ONLY.put(MigrateProcessInstanceBatchCmd.class, "迁移流程实例");
    ADMIN_ONLY.put(AbstractCorrelateMessageCmd.class, "发送流程消息（message correlation）");
    ADMIN_ONLY.put(CorrelateAllMessageBatchCmd.class, "发送流程消息（message correlation）");
    ADMIN_ONLY.put(MessageEventReceivedCmd.class, "触发流程消息");
    ADMIN_ONLY.put(SignalEventReceivedCmd.class, "发送流程信号");
    ADMIN_ONLY.put(SignalCmd.class, "触发流程执行（signal）");
    ADMIN_ONLY.put(SetVariablesToProcessInstancesBatchCmd.class, "批量设置流程变量");
    ADMIN_ONLY.put(EvaluateStartConditionCmd.class, "按条件启动流程");
    ADMIN_ONLY.put(ExecuteJobsCmd.class, "立即执行作业（定时器、异步步骤）");
    ADMIN_ONLY.put(SetJobDuedateCmd.class, "修改作业到期时间");
    ADMIN_ONLY.put(RecalculateJobDuedateCmd.class, "重新计算作业到期时间");
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (ExternalRequests.isExternalCommand()) {
      check(command, Context.getCommandContext());
    }
    return next.execute(command);
  }

  private static void check(Command<?> command, CommandContext ctx) {
    String taskId = taskIdOf(command);
    TaskEntity task = taskId == null ? null
        : ctx.runWithoutAuthorization(() -> ctx.getTaskManager().findTaskById(taskId));
    if (taskId != null && task == null) {
      throw EngineRequestException.notFound("任务 " + taskId + " 不存在或已由他人处理完毕，请刷新任务列表");
    }
    if (isAdmin(ctx)) {
      return;
    }
    if (task != null && !(command instanceof ClaimTaskCmd)) {
      requireAssigneeIfAssigned(task, ctx);
    }
    for (Map.Entry<Class<?>, String> e : ADMIN_ONLY.entrySet()) {
      if (e.getKey().isInstance(command)) {
        // Camunda's own exception: every REST endpoint answers it with 403 (job execution wraps anything else in 500)
        throw new AuthorizationException("只有系统管理员（camunda-admin）可以" + e.getValue() + "；请按流程办理任务");
      }
    }
  }

  /**
   * A task assigned to somebody is worked by that person only. Camunda's TASK_WORK permission goes to the task's
   * candidate groups as well, so without this check any member of the group (e.g. another account manager) could
   * complete or fill a task assigned to a colleague — Tasklist itself asks them to claim first, which fails for an
   * assigned task. Unassigned tasks are worked by their candidates as before.
   */
  private static void requireAssigneeIfAssigned(TaskEntity task, CommandContext ctx) {
    String assignee = task.getAssignee();
    var authentication = ctx.getAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    if (assignee != null && !assignee.equals(user)) {
      throw new AuthorizationException("任务「" + (task.getName() == null ? task.getId() : task.getName())
          + "」已分配给 " + assignee + "，只能由其本人办理");
    }
  }

  /** Is the current user in Camunda's administrator group (or an administrator user)? */
  public static boolean isAdmin(CommandContext ctx) {
    var authentication = ctx.getAuthentication();
    return authentication != null && ctx.getAuthorizationManager().isCamundaAdmin(authentication);
  }

  private static String taskIdOf(Command<?> command) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof ClaimTaskCmd || command instanceof ResolveTaskCmd) {
      return (String) CommandFields.read(command, "taskId");
    }
    if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      return (String) CommandFields.read(command, "entityId");
    }
    return null;
  }
}
