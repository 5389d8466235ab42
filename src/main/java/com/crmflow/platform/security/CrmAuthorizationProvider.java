package com.crmflow.platform.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default authorizations, except that a new user gets READ and UPDATE on their own user instead of ALL:
 * no DELETE of oneself; UPDATE lets the user change their password, while name and e-mail stay for administrators
 * ({@link CrmIdentityProvider#saveUser}).
 */
public class CrmAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    String userId = user.getId();
    AuthorizationEntity own = createAuthorization(userId, null, Resources.USER, userId, READ, UPDATE);
    return new AuthorizationEntity[] {own};
  }
}
