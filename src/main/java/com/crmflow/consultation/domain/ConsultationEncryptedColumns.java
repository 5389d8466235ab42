package com.crmflow.consultation.domain;

import com.crmflow.platform.crypto.DataProtection;
import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.platform.crypto.EncryptedTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The encrypted contact of an enquirer ({@link Consultation}: contact name, phone, e-mail), for the key jobs. */
@Component
public class ConsultationEncryptedColumns extends EncryptedTable {

  public ConsultationEncryptedColumns(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      DataProtection protection) {
    super(jdbc, transactions, protection, "crm_consultation", columns());
  }

  private static Map<String, Purpose> columns() {
    Map<String, Purpose> columns = new LinkedHashMap<>();
    columns.put("contact_name", Purpose.PERSON_NAME);
    columns.put("contact_phone", Purpose.PHONE);
    columns.put("contact_email", Purpose.EMAIL);
    return columns;
  }
}
