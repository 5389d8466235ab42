package com.crmflow.platform.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with our two rules, so that they hold for every way in (HTTP Basic on
 * {@code /engine-rest} and {@code /api}, the webapps' login, {@code /engine-rest/identity/verify}, the profile and
 * credentials endpoints of REST and webapps):
 * <ul>
 *   <li>Password checks go through {@link LoginThrottle} instead of Camunda's lockout (which locks an account for
 *       good after {@code loginMaxAttempts} wrong passwords sent by anybody). Camunda's lock columns are neither
 *       read nor written.</li>
 *   <li>Only administrators change a user's name or e-mail address; a user keeps changing their own password (the
 *       authorization to UPDATE one's own user, see {@link CrmAuthorizationProvider}).</li>
 * </ul>
 */
public class CrmIdentityProvider extends DbIdentityServiceProvider {

  static final String PROFILE_ADMIN_ONLY = "只有系统管理员可以修改用户的姓名和电子邮箱";

  private final LoginThrottle throttle;

  public CrmIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null || userId.isEmpty() || password.isEmpty()) {
      return false;
    }
    String address = ClientAddress.current();
    if (!throttle.waitTime(address, userId).isZero()) {
      return false; // not even checked, not counted
    }
    UserEntity user = findUserById(userId);
    if (user != null && matchPassword(password, user)) {
      throttle.succeeded(userId);
      return true;
    }
    throttle.failed(address, userId);
    return false;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    CommandContext context = Context.getCommandContext();
    var authentication = context.getAuthentication();
    if (authentication != null && context.isAuthorizationCheckEnabled()
        && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
      UserEntity stored = getDbEntityManager().selectById(UserEntity.class, user.getId());
      if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
          || !Objects.equals(stored.getLastName(), user.getLastName())
          || !Objects.equals(stored.getEmail(), user.getEmail()))) {
        throw new AuthorizationException(PROFILE_ADMIN_ONLY);
      }
    }
    return super.saveUser(user);
  }
}
