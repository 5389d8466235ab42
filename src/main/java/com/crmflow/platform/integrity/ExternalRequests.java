package com.crmflow.platform.integrity;

import java.util.function.Supplier;

/**
 * Which engine commands come straight from a user's HTTP request to Camunda's REST API ({@code /engine-rest} or the
 * webapps' {@code /camunda/api/engine}) — "external" commands, whose variables and options nobody has checked yet.
 *
 * <p>{@link ExternalRequestFilter} marks the request thread; {@link ExternalCommandBoundary} counts the nesting of
 * engine commands on it. Only the outermost command of a marked thread is external: a delegate that calls
 * {@code runtimeService} while a task is completed runs a nested command, which is the process's own (trusted)
 * work. Our {@code /api} controllers, the job executor and tests are never marked.
 */
public final class ExternalRequests {

  private static final ThreadLocal<Boolean> MARKED = new ThreadLocal<>();
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<String> TASK = new ThreadLocal<>();

  private ExternalRequests() {}

  /** Runs {@code work} as a user's REST request would (the filter does the same around the request). */
  public static <T> T asExternal(Supplier<T> work) {
    Boolean before = MARKED.get();
    MARKED.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (before == null) {
        MARKED.remove();
      } else {
        MARKED.set(before);
      }
    }
  }

  /** Marks the current thread (a request to the engine API) until {@link #unmark}. */
  static void mark() {
    MARKED.set(Boolean.TRUE);
  }

  static void unmark() {
    MARKED.remove();
    TASK.remove();
  }

  /** The request completes, submits or resolves this task (set by the filter from the request path). */
  static void completingTask(String taskId) {
    TASK.set(taskId);
  }

  /** The task the current request completes, submits or resolves, or null. */
  static String completedTask() {
    return TASK.get();
  }

  /** True inside the outermost engine command of a user's REST request. */
  public static boolean isExternalCommand() {
    return Boolean.TRUE.equals(MARKED.get()) && DEPTH.get()[0] == 1;
  }

  /** Called when a command starts; true if it is the outermost one on this thread. */
  static boolean enterCommand() {
    return ++DEPTH.get()[0] == 1;
  }

  static void exitCommand() {
    int[] depth = DEPTH.get();
    if (--depth[0] <= 0) {
      DEPTH.remove();
    }
  }
}
