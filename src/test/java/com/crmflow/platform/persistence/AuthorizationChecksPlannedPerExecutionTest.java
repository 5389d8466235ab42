package com.crmflow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;

/** Which statements are never server-prepared, and how the driver is told. */
class AuthorizationChecksPlannedPerExecutionTest {

  @Test
  void queriesJoiningTheAuthorizationTable() {
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RE_PROCDEF RES left join (SELECT A.* FROM "
            + "ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2)\n\t   AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, '*'))")).isTrue();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select RES.* from ACT_RU_EXT_TASK RES left join (select A.* from ACT_RU_AUTHORIZATION A) AUTH1 ON (x)"))
        .isTrue();
    // one resource, inserts, deletes: the plan cache may serve them
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select * from act_ru_authorization where ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "SELECT COALESCE((SELECT CASE WHEN EXISTS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE "
            + "A.TYPE_ = 1 AND A.PERMS_ & ? = ?) THEN 1 END), 0)")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? AND RESOURCE_ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select * from ACT_RU_TASK where ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(null)).isFalse();
  }

  @Test
  void thePrepareThresholdOfTheDriversStatementIsZero() throws Exception {
    List<Object> thresholds = new ArrayList<>();
    PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class, PGStatement.class}, (proxy, method, args) -> switch (method.getName()) {
          case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy);
          case "unwrap" -> proxy;
          case "setPrepareThreshold" -> {
            thresholds.add(args[0]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
    AuthorizationChecksPlannedPerExecution.Unprepared.neverServerPrepared(statement);
    assertThat(thresholds).containsExactly(0);
  }
}
