package com.crmflow.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a caller refused by the method's (or class's) {@code @PreAuthorize} group check reads in the 403 answer, in
 * Chinese; without it the answer says {@code 您没有执行此操作的权限}. The group check itself is Spring Security's method
 * security over the authorities {@code GROUP_<Camunda group id>} of the login.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DeniedMessage {

  String value();
}
