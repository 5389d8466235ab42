package com.crmflow.platform.security;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with our rules, so that they hold for every way in (HTTP Basic on
 * {@code /engine-rest} and {@code /api}, the webapps' login, {@code /engine-rest/identity/verify}, the profile and
 * credentials endpoints of REST and webapps):
 * <ul>
 *   <li>Password checks go through {@link LoginThrottle} instead of Camunda's lockout (which locks an account for
 *       good after {@code loginMaxAttempts} wrong passwords sent by anybody). Camunda's lock columns are neither
 *       read nor written.</li>
 *   <li>Only administrators change a user's name or e-mail address; a user keeps changing their own password (the
 *       authorization to UPDATE one's own user, see {@link CrmAuthorizationProvider}).</li>
 *   <li>Every change of users, groups, tenants and memberships makes {@link VerifiedLogins} forget the logins it
 *       remembers, so a changed password, a removed membership or a deleted user takes effect on the next request.</li>
 * </ul>
 */
public class CrmIdentityProvider extends DbIdentityServiceProvider {

  static final String PROFILE_ADMIN_ONLY = "只有系统管理员可以修改用户的姓名和电子邮箱";

  private final LoginThrottle throttle;
  private final VerifiedLogins verified;

  public CrmIdentityProvider(LoginThrottle throttle, VerifiedLogins verified) {
    this.throttle = throttle;
    this.verified = verified;
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
    verified.identityChanged();
    return super.saveUser(user);
  }

  // every other change of users, groups, tenants or memberships: remembered logins are forgotten (VerifiedLogins)

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    verified.identityChanged();
    return super.deleteUser(userId);
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    verified.identityChanged();
    return super.unlockUser(userId);
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    verified.identityChanged();
    return super.saveGroup(group);
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    verified.identityChanged();
    return super.deleteGroup(groupId);
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    verified.identityChanged();
    return super.saveTenant(tenant);
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    verified.identityChanged();
    return super.deleteTenant(tenantId);
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    verified.identityChanged();
    return super.createMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    verified.identityChanged();
    return super.deleteMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    verified.identityChanged();
    return super.createTenantUserMembership(tenantId, userId);
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    verified.identityChanged();
    return super.createTenantGroupMembership(tenantId, groupId);
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    verified.identityChanged();
    return super.deleteTenantUserMembership(tenantId, userId);
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    verified.identityChanged();
    return super.deleteTenantGroupMembership(tenantId, groupId);
  }
}
