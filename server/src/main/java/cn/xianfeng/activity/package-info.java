/**
 * Activities (党组织活动, 业务分享会, 科研对接会, 培训, 讲座, 沙龙, 创新竞赛, 送政策上门) and check-in (签到) at them:
 * geofenced, by rotating code or by 小程序码, flagged rather than refused when something looks wrong, reviewed and
 * completed (补签) by organisers, and counted as 应到/实到/迟到/异常/缺席.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities",
        allowedDependencies = {"admin", "auth", "cobuild", "media", "shared", "wechat"})
package cn.xianfeng.activity;
