package cn.xianfeng.admin;

/** What a bureau account may do. */
public enum AdminRole {
    /** Everything, including admin accounts. */
    SUPER_ADMIN,
    /** 局机关党委 staff: everything but admin accounts. */
    BUREAU_ADMIN,
    /** 党建品牌共建工作小组 member: reads, and scores in evaluation rounds. */
    EVALUATOR,
    /** 局共建联络员: follows the co-buildings assigned to them. */
    LIAISON,
    /** Reads only. */
    VIEWER
}
