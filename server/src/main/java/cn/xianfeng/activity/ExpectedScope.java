package cn.xianfeng.activity;

/** Who an activity expects (应到): every active member of its co-buildings, evaluated live, or a list of people. */
public enum ExpectedScope {
    ALL,
    LISTED
}
