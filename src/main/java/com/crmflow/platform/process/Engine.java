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
}
