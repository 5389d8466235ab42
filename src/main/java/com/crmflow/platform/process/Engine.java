package com.crmflow.platform.process;

import io.holunda.camunda.bpm.data.adapter.WrongVariableTypeException;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Small helpers for code that runs inside the engine (delegates, listeners, expressions). */
public final class Engine {

  private Engine() {}

  /**
   * Runs system work (option lists, DMN evaluation) without the current user's authorization checks: the user
   * is allowed to complete the task, the engine does the rest on the process's behalf.
   */
  public static <T> T asSystem(Supplier<T> work) {
    CommandContext ctx = Context.getCommandContext();
    if (ctx == null) {
      return work.get();
    }
    return ctx.runWithoutAuthorization(work::get);
  }

  /** The same outside the engine (e.g. in a controller): runs without the request user's authentication. */
  public static <T> T asSystem(org.camunda.bpm.engine.IdentityService identityService, Supplier<T> work) {
    var auth = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (auth != null) {
        identityService.setAuthentication(auth);
      }
    }
  }

  /** Who completes the task: the authenticated user, else (engine calls without one, e.g. tests) its assignee. */
  public static String actor(org.camunda.bpm.engine.delegate.DelegateTask task) {
    var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  /**
   * The user the engine is working for: the authenticated user, or null (job executor, process tests without a
   * login, system work). Never a process variable such as {@code initiator}: anyone who can write variables could
   * name somebody else there.
   */
  public static String authenticatedUser(org.camunda.bpm.engine.delegate.VariableScope scope) {
    org.camunda.bpm.engine.ProcessEngineServices services = scope instanceof org.camunda.bpm.engine.delegate.DelegateTask t
        ? t.getProcessEngineServices()
        : ((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getProcessEngineServices();
    var auth = services.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** The process instance a delegate, listener or expression runs in. */
  public static String processInstanceId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask t) {
      return t.getProcessInstanceId();
    }
    return ((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getProcessInstanceId();
  }

  /**
   * Record ↔ process instance: a domain record is changed only by the process instance that bound it. An id
   * variable pointing at a record of another instance (or at one no instance has bound) is refused, so a
   * variable written from outside cannot redirect a step to somebody else's record.
   *
   * @param record what the record is, in Chinese, with its number (e.g. 投诉 CMP-2026-000001)
   * @param boundTo the process instance id stored in the record
   */
  public static void requireBound(String record, String boundTo,
      org.camunda.bpm.engine.delegate.VariableScope scope) {
    String current = processInstanceId(scope);
    if (boundTo == null || !boundTo.equals(current)) {
      throw new BusinessRuleException(record + (boundTo == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例（" + current + "）不能修改它");
    }
  }

  /**
   * A record id held in a process variable, or null. Ids are written as Long by our own code; anything else (a
   * text, an Integer sent through engine-rest) is refused naming the variable.
   */
  public static Long idVariable(VariableScope scope, VariableFactory<Long> variable) {
    try {
      return variable.from(scope).getOrNull();
    } catch (WrongVariableTypeException e) {
      throw new BusinessRuleException("流程变量 " + variable.getName() + " 不是整数编号");
    }
  }

  /**
   * The id in an execution's variable, read from outside the engine (recalculations); null when it is missing or
   * not a Long — such an execution is simply not the one looked for.
   */
  public static Long idOrNull(org.camunda.bpm.engine.RuntimeService runtime, String executionId,
      VariableFactory<Long> variable) {
    try {
      return variable.from(runtime, executionId).getOrNull();
    } catch (WrongVariableTypeException e) {
      return null;
    }
  }
}
