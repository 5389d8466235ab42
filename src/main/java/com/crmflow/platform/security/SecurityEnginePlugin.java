package com.crmflow.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Installs {@link CrmIdentityProvider} (login throttle, profile rule), {@link CrmAuthorizationProvider} and
 * {@link CrmAuthorizationManager} (no scan of all authorizations per command).
 */
@Component
public class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;
  private final VerifiedLogins verified;

  public SecurityEnginePlugin(LoginThrottle throttle, VerifiedLogins verified) {
    this.throttle = throttle;
    this.verified = verified;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        // a WritableIdentityProvider: the engine registers it for both the read-only and the writable lookups
        return CrmIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new CrmIdentityProvider(throttle, verified);
      }
    });
    configuration.setResourceAuthorizationProvider(new CrmAuthorizationProvider());
    // custom session factories replace the engine's own of the same type (added after them)
    List<SessionFactory> custom = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    custom.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new CrmAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(custom);
  }
}
