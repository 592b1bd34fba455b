package cn.xianfeng.push;

/** What a subscribe message is about; configuration maps each scene to a template, its fields and a page. */
public enum PushScene {
    BRIEFING_PUBLISHED,
    ACTIVITY_REMINDER,
    EVALUATION_RESULT,
    RECTIFICATION_NOTICE,
    TASK_OVERDUE
}
