package com.crmflow.platform.integrity;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The outermost interceptor of every engine command (outside the transaction): counts nested commands for
 * {@link ExternalRequests}, and turns the failures of an external command that Camunda's REST API would answer with
 * 500 into a clear 4xx ({@link EngineRequestException}):
 * <ul>
 *   <li>lost races — an {@link OptimisticLockingException} at commit (two people submitted the same task, or the last
 *       two instances of a parallel review at once), a serialization failure or deadlock reported by the database, a
 *       task claimed by somebody else — become 409: the loser's transaction is rolled back, nothing of it stays;</li>
 *   <li>a refused form submission or broken business rule ({@link FormFieldValidationException}) becomes 400 on every
 *       endpoint, not only on {@code complete}/{@code submit-form};</li>
 *   <li>a refusal of a task submission — broken rule or missing authorization — when the task no longer exists once
 *       the refusal is known: another submission of the same task won the race and its commit came between this
 *       one's reads (the record moved on, or the task's authorizations were deleted with it). That is a lost race:
 *       409, not 400 or 403.</li>
 * </ul>
 */
public class ExternalCommandBoundary extends CommandInterceptor {

  /** PostgreSQL: serialization_failure, deadlock_detected. */
  private static final Set<String> CONFLICT_SQL_STATES = Set.of("40001", "40P01");

  private static final String RACE_LOST =
      "操作与他人同时进行，已由对方先完成（例如同一任务已被提交或认领）；本次操作未生效，请刷新后查看";

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = ExternalRequests.enterCommand();
    boolean external = outermost && ExternalRequests.isExternalCommand();
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      if (!external || e instanceof EngineRequestException) {
        throw e;
      }
      if ((e instanceof FormFieldValidationException || e instanceof AuthorizationException) && taskFinishedMeanwhile()) {
        throw EngineRequestException.conflict(RACE_LOST, e);
      }
      throw translate(e);
    } finally {
      ExternalRequests.exitCommand();
    }
  }

  /** Looks the submitted task up in a fresh command (the failed one is rolled back); true if it is gone. */
  private boolean taskFinishedMeanwhile() {
    String taskId = ExternalRequests.completedTask();
    if (taskId == null) {
      return false;
    }
    ExternalRequests.enterCommand(); // nested: the lookup is ours, not the user's
    try {
      return next.execute(context -> context.getTaskManager().findTaskById(taskId) == null);
    } catch (RuntimeException lookupFailed) {
      return false;
    } finally {
      ExternalRequests.exitCommand();
    }
  }

  static RuntimeException translate(RuntimeException e) {
    if (e instanceof TaskAlreadyClaimedException) {
      return EngineRequestException.conflict("任务已被他人认领，请刷新任务列表", e);
    }
    if (e instanceof FormFieldValidationException) {
      return EngineRequestException.badRequest(null, e.getMessage());
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof SQLException sql && CONFLICT_SQL_STATES.contains(sql.getSQLState())) {
        return EngineRequestException.conflict(RACE_LOST, e);
      }
    }
    return e;
  }
}
