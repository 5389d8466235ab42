package com.crmflow.agreement.domain;

import java.util.Collection;

/** Whether a user belongs to one of the groups a step requires (the engine's identity service in production). */
@FunctionalInterface
public interface GroupMembership {

  boolean isMemberOfAny(String userId, Collection<String> groupIds);
}
