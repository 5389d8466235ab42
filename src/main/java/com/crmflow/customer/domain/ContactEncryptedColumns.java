package com.crmflow.customer.domain;

import com.crmflow.platform.crypto.DataProtection;
import com.crmflow.platform.crypto.DataProtection.Purpose;
import com.crmflow.platform.crypto.EncryptedTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The encrypted contact data of customers ({@link CustomerContact}: name, phone, e-mail), for the key jobs. */
@Component
public class ContactEncryptedColumns extends EncryptedTable {

  public ContactEncryptedColumns(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      DataProtection protection) {
    super(jdbc, transactions, protection, "crm_customer_contact", columns());
  }

  private static Map<String, Purpose> columns() {
    Map<String, Purpose> columns = new LinkedHashMap<>();
    columns.put("name", Purpose.PERSON_NAME);
    columns.put("phone", Purpose.PHONE);
    columns.put("email", Purpose.EMAIL);
    columns.put("birthday", Purpose.BIRTH_DATE);
    return columns;
  }
}
