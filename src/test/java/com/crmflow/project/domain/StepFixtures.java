package com.crmflow.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.InvalidFieldException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the fast tests of the project steps share (no Spring context, no engine): a fixed engine clock, entities
 * with ids, repositories (Mockito mocks) that hand out ids on save, and the check of an input refusal.
 */
final class StepFixtures {

  /** 2026-11-30 10:00 in Beijing. */
  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final AtomicLong IDS = new AtomicLong(1000);

  private StepFixtures() {}

  static void fixClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  static void resetClock() {
    ClockUtil.reset();
  }

  static <T> T withId(T entity, long id) {
    ReflectionTestUtils.setField(entity, "id", id);
    return entity;
  }

  /** save() gives a new entity an id and returns it, as JPA does. */
  @SuppressWarnings("unchecked")
  static <T, R extends JpaRepository<T, Long>> R savesWithIds(R repository) {
    when(repository.save(any())).thenAnswer(inv -> {
      Object entity = inv.getArgument(0);
      if (ReflectionTestUtils.getField(entity, "id") == null) {
        withId(entity, IDS.incrementAndGet());
      }
      return (T) entity;
    });
    return repository;
  }

  static Project project(long id, ProjectStatus status, ProjectRepository repository) {
    Project p = withId(new Project(), id);
    p.setProjectNumber("PRJ-2026-" + id);
    p.setTitle("客户服务热线建设");
    p.setStatus(status.name());
    p.setProcessInstanceId("pi-" + id);
    when(repository.findById(id)).thenReturn(Optional.of(p));
    return p;
  }

  /** The step refused its input: field named, every message listed in Chinese. */
  static void refused(ThrowingCallable step, String field, String... messages) {
    org.assertj.core.api.Assertions.assertThatThrownBy(step).isInstanceOfSatisfying(InvalidFieldException.class,
        e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(messages);
        });
  }
}
