package com.crmflow.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.forms.FormValidationException;
import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
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
