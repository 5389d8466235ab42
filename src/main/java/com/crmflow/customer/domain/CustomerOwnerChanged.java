package com.crmflow.customer.domain;

/**
 * Published (Spring application event, inside the transaction) whenever a customer's owner changes — through the
 * API, the import or {@link CustomerOwnership#changeOwner}. Listeners record the owner history or start a handover
 * ({@code @TransactionalEventListener} to act after commit).
 */
public record CustomerOwnerChanged(Long customerId, String previousOwner, String newOwner, String reason,
    String actor) {}
