package com.crmflow.platform.crypto;

import com.crmflow.platform.crypto.DataProtection.Purpose;
import jakarta.persistence.AttributeConverter;

/**
 * JPA converter that stores a personal-data attribute encrypted ({@link DataProtection}). Hibernate obtains the
 * subclasses from Spring (Boot's SpringBeanContainer), so they get the application's keyset injected. Use one of
 * the subclasses in {@code @Convert(converter = ...)}; each binds its kind of value to the ciphertext.
 */
public abstract class PersonalDataConverter implements AttributeConverter<String, String> {

  private final DataProtection protection;
  private final Purpose purpose;

  protected PersonalDataConverter(DataProtection protection, Purpose purpose) {
    this.protection = protection;
    this.purpose = purpose;
  }

  @Override
  public String convertToDatabaseColumn(String plaintext) {
    return protection.encrypt(plaintext, purpose);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return protection.decrypt(stored, purpose);
  }

  /** A person's name (contact, complainant). */
  public static class PersonName extends PersonalDataConverter {
    public PersonName(DataProtection protection) {
      super(protection, Purpose.PERSON_NAME);
    }
  }

  /** A phone number. */
  public static class Phone extends PersonalDataConverter {
    public Phone(DataProtection protection) {
      super(protection, Purpose.PHONE);
    }
  }

  /** An e-mail address. */
  public static class Email extends PersonalDataConverter {
    public Email(DataProtection protection) {
      super(protection, Purpose.EMAIL);
    }
  }

  /** A date of birth (ISO yyyy-MM-dd). */
  public static class BirthDate extends PersonalDataConverter {
    public BirthDate(DataProtection protection) {
      super(protection, Purpose.BIRTH_DATE);
    }
  }
}
