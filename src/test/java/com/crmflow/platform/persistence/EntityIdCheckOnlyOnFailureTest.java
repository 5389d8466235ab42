package com.crmflow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.testsupport.ProcessTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's id check of inserted rows: Camunda's rule and message, the entity's text only when it fails. */
@ProcessTest
class EntityIdCheckOnlyOnFailureTest {

  @Autowired ProcessEngine engine;

  /** An entity that counts how often its text is built. */
  static final class Counted implements DbEntity {
    final AtomicInteger printed = new AtomicInteger();
    String id;

    Counted(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      printed.incrementAndGet();
      return "Counted[id=" + id + "]";
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private <T> T inCommand(Command<T> command) {
    return configuration().getCommandExecutorTxRequired().execute(command);
  }

  @Test
  void theEnginesEntityManagerIsOurs() {
    assertThat(configuration().getSessionFactories().get(DbEntityManager.class))
        .isInstanceOf(EntityIdCheckOnlyOnFailure.Factory.class);
    assertThat(inCommand((CommandContext c) -> c.getDbEntityManager()))
        .isInstanceOf(EntityIdCheckOnlyOnFailure.Manager.class);
  }

  @Test
  void aValidIdIsNotPrinted() {
    Counted entity = new Counted("abc-1");
    inCommand((CommandContext c) -> {
      ((EntityIdCheckOnlyOnFailure.Manager) c.getDbEntityManager()).validateId(entity);
      return null;
    });
    assertThat(entity.printed).hasValue(0);
  }

  @Test
  void aMissingOrReservedIdFailsWithCamundasMessage() {
    for (String id : new String[] {null, "*"}) {
      Counted entity = new Counted(id);
      assertThatThrownBy(() -> inCommand((CommandContext c) -> {
        ((EntityIdCheckOnlyOnFailure.Manager) c.getDbEntityManager()).validateId(entity);
        return null;
      })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Counted[id=" + id + "]")
          .hasMessageContaining("id");
      assertThat(entity.printed).hasValue(1);
    }
  }

  @Test
  void insertsStillGetAnIdAndAreWritten() {
    String id = inCommand((CommandContext c) -> {
      ByteArrayEntity v = new ByteArrayEntity("probe", new byte[] {1, 2, 3}, ResourceTypes.RUNTIME);
      c.getDbEntityManager().insert(v);
      return v.getId();
    });
    assertThat(id).isNotBlank();
    inCommand((CommandContext c) -> {
      ByteArrayEntity v = c.getDbEntityManager().selectById(ByteArrayEntity.class, id);
      assertThat(v.getBytes()).containsExactly(1, 2, 3);
      c.getDbEntityManager().delete(v);
      return null;
    });
  }
}
