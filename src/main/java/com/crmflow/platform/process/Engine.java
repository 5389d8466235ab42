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

  /** A numeric id held in a process variable (stored as Integer or Long), or null. */
  public static Long idVariable(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : ((Number) v).longValue();
  }
}
