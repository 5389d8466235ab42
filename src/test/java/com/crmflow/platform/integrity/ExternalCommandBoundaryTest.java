package com.crmflow.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.platform.forms.FormValidationException;
import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.junit.jupiter.api.Test;

/** How failures of an external command become answers (issue 8, points 10 and 14). */
class ExternalCommandBoundaryTest {

  private static int status(RuntimeException translated) {
    assertThat(translated).isInstanceOf(EngineRequestException.class);
    return ((EngineRequestException) translated).getResponse().getStatus();
  }

  @Test
  void lostRacesAreConflicts() {
    assertThat(status(ExternalCommandBoundary.translate(new OptimisticLockingException("ENGINE-03005")))).isEqualTo(409);
    assertThat(status(ExternalCommandBoundary.translate(new TaskAlreadyClaimedException("t", "lina")))).isEqualTo(409);
    var deadlock = new ProcessEngineException("flush failed",
        new PersistenceException(new SQLException("deadlock detected", "40P01")));
    assertThat(status(ExternalCommandBoundary.translate(deadlock))).isEqualTo(409);
    assertThat(((EngineRequestException) ExternalCommandBoundary.translate(deadlock)).getMessage())
        .contains("未生效");
  }

  @Test
  void refusedFormsAreBadRequestsOnEveryEndpointWithTheirMessage() {
    var refused = new FormValidationException("初步评估投诉", List.of("「严重程度」(severity) 为必填项"));
    RuntimeException translated = ExternalCommandBoundary.translate(refused);
    assertThat(status(translated)).isEqualTo(400);
    assertThat(translated.getMessage()).contains("severity").contains("初步评估投诉");
  }

  /**
   * Twenty submissions of one task at once: a loser may read the record after the winner committed, so its business
   * rule refuses ("状态不能从「处理中」变为「处理中」") before the engine's optimistic lock would. The task is gone by
   * then — that is a lost race (409), not bad input (400). While the task is still there, the refusal stays 400.
   */
  @Test
  void aRefusalOfATaskThatAnotherSubmissionFinishedMeanwhileIsAConflict() {
    var rule = new FormValidationException("初步评估投诉", List.of("投诉状态不能从「处理中」变为「处理中」"));
    assertThat(submitRefused(rule, null)).as("task gone").isEqualTo(409);
    assertThat(submitRefused(rule, new TaskEntity())).as("task still open").isEqualTo(400);
    // the winner's commit deleted the task's authorizations between the loser's reads
    var unauthorized = new AuthorizationException("huangfang", "TASK_WORK", "Task", "task-1");
    assertThat(submitRefused(unauthorized, null)).as("task gone").isEqualTo(409);
    assertThat(catchRefused(unauthorized, new TaskEntity())).as("task still open: refusal unchanged")
        .isSameAs(unauthorized);
  }

  /** Submits a task through a boundary whose command is refused, the task then looking up as {@code stillThere}. */
  private static int submitRefused(RuntimeException refusal, TaskEntity stillThere) {
    return status(catchRefused(refusal, stillThere));
  }

  private static RuntimeException catchRefused(RuntimeException refusal, TaskEntity stillThere) {
    TaskManager tasks = mock(TaskManager.class);
    when(tasks.findTaskById("task-1")).thenReturn(stillThere);
    CommandContext context = mock(CommandContext.class);
    when(context.getTaskManager()).thenReturn(tasks);
    ExternalCommandBoundary boundary = new ExternalCommandBoundary();
    boundary.setNext(new CommandInterceptor() {
      int calls;

      @Override
      public <T> T execute(Command<T> command) {
        if (calls++ == 0) {
          throw refusal;
        }
        return command.execute(context);
      }
    });
    RuntimeException thrown = ExternalRequests.asExternal(() -> {
      ExternalRequests.completingTask("task-1");
      try {
        return catchRuntimeException(() -> boundary.execute(c -> null));
      } finally {
        ExternalRequests.completingTask(null);
      }
    });
    return thrown;
  }

  @Test
  void otherFailuresStayWhatTheyAre() {
    var other = new ProcessEngineException("something broke", new SQLException("disk full", "53100"));
    assertThat(ExternalCommandBoundary.translate(other)).isSameAs(other);
    var npe = new NullPointerException();
    assertThat(ExternalCommandBoundary.translate(npe)).isSameAs(npe);
  }

  @Test
  void onlyTheOutermostCommandOfAMarkedThreadIsExternal() {
    assertThat(ExternalRequests.isExternalCommand()).isFalse();
    ExternalRequests.asExternal(() -> {
      assertThat(ExternalRequests.isExternalCommand()).as("no command running").isFalse();
      ExternalRequests.enterCommand();
      assertThat(ExternalRequests.isExternalCommand()).as("the request's command").isTrue();
      ExternalRequests.enterCommand();
      assertThat(ExternalRequests.isExternalCommand()).as("a delegate's nested command").isFalse();
      ExternalRequests.exitCommand();
      assertThat(ExternalRequests.isExternalCommand()).isTrue();
      ExternalRequests.exitCommand();
      return null;
    });
    ExternalRequests.enterCommand();
    assertThat(ExternalRequests.isExternalCommand()).as("our /api, the job executor").isFalse();
    ExternalRequests.exitCommand();
  }

  @Test
  void refusalsAreLoggedQuietlyRealErrorsAreNot() {
    assertThat(QuietRefusalsCommandContextFactory.isRefusal(
        new FormValidationException("表单", List.of("x")))).isTrue();
    assertThat(QuietRefusalsCommandContextFactory.isRefusal(EngineRequestException.badRequest("k", "不行"))).isTrue();
    assertThat(QuietRefusalsCommandContextFactory.isRefusal(new ProcessEngineException("boom"))).isFalse();
  }
}
