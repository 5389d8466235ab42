package com.crmflow.platform.persistence;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda checks the id of every row it inserts ({@code DbEntityManager.validateId}: not null, not {@code *}) and
 * builds the error message for that check before it knows whether it fails: {@code "Entity " + entity + …}, i.e. the
 * entity's {@code toString()} with all its fields, for every variable, history row, job and execution of every
 * command. Measured under the complaint intake (issue 9, JFR): 3.1 % of the application's CPU samples were these
 * {@code toString()} calls and nothing else.
 *
 * <p>The engine's entity manager is replaced by one that runs Camunda's own check only for an id that would fail it,
 * so the message, the exception type and its text stay Camunda's; a valid id costs a null check and a comparison.
 * The rest of the entity manager is Camunda's, unchanged.
 */
@Component
public class EntityIdCheckOnlyOnFailure extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSessionFactories().put(DbEntityManager.class,
        new Factory(configuration.getIdGenerator()));
  }

  static final class Factory extends DbEntityManagerFactory {

    Factory(IdGenerator idGenerator) {
      super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
      return new Manager(idGenerator, Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  static final class Manager extends DbEntityManager {

    Manager(IdGenerator idGenerator, PersistenceSession persistenceSession) {
      super(idGenerator, persistenceSession);
    }

    @Override
    protected void validateId(DbEntity dbEntity) {
      String id = dbEntity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(dbEntity); // Camunda's exception with Camunda's message
      }
    }
  }
}
