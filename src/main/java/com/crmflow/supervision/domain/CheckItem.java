package com.crmflow.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One checklist item of a checked case: 符合 / 不符合 / 不适用 with a remark. */
@Entity
@Table(name = "crm_supervision_check_item")
public class CheckItem {

  public static final String CONFORMING = "CONFORMING";
  public static final String NONCONFORMING = "NONCONFORMING";
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "item_no")
  private int itemNo;

  @Column(name = "item")
  private String item;

  @Column(name = "result")
  private String result;

  @Column(name = "remark")
  private String remark;

  protected CheckItem() {}

  public CheckItem(Long caseId, int itemNo, String item, String result, String remark) {
    this.caseId = caseId;
    this.itemNo = itemNo;
    this.item = item;
    this.result = result;
    this.remark = remark;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public int getItemNo() { return itemNo; }
  public String getItem() { return item; }
  public String getResult() { return result; }
  public String getRemark() { return remark; }
}
