package com.crmflow.platform.process;

import java.util.function.Supplier;
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

  /** A numeric id held in a process variable (stored as Integer or Long), or null. */
  public static Long idVariable(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v != null && !(v instanceof Long || v instanceof Integer || v instanceof Short)) {
      throw new BusinessRuleException("流程变量 " + name + " 不是整数编号");
    }
    return v == null ? null : ((Number) v).longValue();
  }
}
